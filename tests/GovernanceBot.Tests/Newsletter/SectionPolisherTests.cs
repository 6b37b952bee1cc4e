using System.ClientModel;
using System.Text.Json;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.Newsletter.Facts;
using GovernanceBot.Newsletter;
using GovernanceBot.Newsletter.Polish;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenAI;

namespace GovernanceBot.Tests.Newsletter;

/// <summary>The polish against a loopback server speaking the OpenAI chat-completions wire format.</summary>
public sealed class SectionPolisherTests
{
    private static readonly NewsletterSection French = new(
        "launches", SectionKind.NewInProduction, "Nouveaux cas en production",
        "• Churn early warning (UC-2026-0007, hub Banque de détail), en production le 14 octobre 2026 : attrition −2 pts sur 12 000 clients. Contact : Alice Martin.",
        [new FactSource(SourceKind.UseCase, "UC-2026-0007")]);

    private static readonly NewsletterSection English = new(
        "progress", SectionKind.Progress, "The quarter in figures",
        "2 submitted, 3 went live, 1 being industrialised, 4 in production overall.",
        [new FactSource(SourceKind.UseCaseRegistry, "7")]);

    [Fact]
    public async Task A_rewrite_that_keeps_the_facts_is_proposed_and_the_request_is_a_chat_completion()
    {
        const string rewrite = "Le 14 octobre 2026, le hub Banque de détail a mis en production Churn early warning (UC-2026-0007) : " +
                               "−2 pts d'attrition sur 12 000 clients. Une question ? Alice Martin.";
        await using var llm = await CompletionServer.AnsweringAsync(rewrite);

        var result = await Polisher(llm).PolishAsync(French, Language.French, CancellationToken.None);

        Assert.Equal(PolishStatus.Proposed, result.Status);
        Assert.Equal(rewrite, result.Rewrite);
        var request = Assert.Single(llm.Server.Requests);
        Assert.Equal(("POST", "/v1/chat/completions", "Bearer test-key"), (request.Method, request.RawTarget, request.Authorization));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("newsletter-model", body.RootElement.GetProperty("model").GetString());
        var messages = body.RootElement.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["system", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Contains("French", messages[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(French.Body, messages[1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_rewrite_that_changes_a_number_is_refused_with_the_number()
    {
        await using var llm = await CompletionServer.AnsweringAsync("3 went live this quarter, 2 were submitted, 1 is being industrialised and 5 run in production.");

        var result = await Polisher(llm).PolishAsync(English, Language.English, CancellationToken.None);

        Assert.Equal(PolishStatus.FactsChanged, result.Status);
        Assert.Equal(["4"], result.Check!.Missing.Select(f => f.Text));
        Assert.Equal(["5"], result.Check.Added.Select(f => f.Text));
    }

    [Fact]
    public async Task A_rewrite_that_drops_the_contact_is_refused()
    {
        await using var llm = await CompletionServer.AnsweringAsync(
            "Churn early warning (UC-2026-0007) est en production depuis le 14 octobre 2026 au hub Banque de détail : −2 pts d'attrition sur 12 000 clients.");

        var result = await Polisher(llm).PolishAsync(French, Language.French, CancellationToken.None);

        Assert.Equal(PolishStatus.FactsChanged, result.Status);
        Assert.Contains(result.Check!.Missing, f => f.Kind == FactKind.Name && f.Text == "Alice Martin");
    }

    [Fact]
    public async Task A_slow_llm_times_out_instead_of_holding_the_draft()
    {
        await using var llm = await CompletionServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        });

        var started = DateTimeOffset.UtcNow;
        var result = await Polisher(llm, timeoutSeconds: 1).PolishAsync(English, Language.English, CancellationToken.None);

        Assert.Equal(PolishStatus.TimedOut, result.Status);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task An_llm_error_is_a_failure_not_a_crash()
    {
        await using var llm = await CompletionServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"message":"bad request","type":"invalid_request_error"}}""");
        });

        var result = await Polisher(llm).PolishAsync(English, Language.English, CancellationToken.None);

        Assert.Equal(PolishStatus.Failed, result.Status);
    }

    [Fact]
    public async Task Without_an_llm_the_polish_says_it_is_unavailable()
    {
        var polisher = new SectionPolisher(new ServiceCollection().BuildServiceProvider(), Options.Create(new NewsletterOptions()), NullLogger<SectionPolisher>.Instance);

        Assert.False(polisher.IsAvailable);
        Assert.Equal(PolishStatus.Unavailable, (await polisher.PolishAsync(English, Language.English, CancellationToken.None)).Status);
    }

    private static SectionPolisher Polisher(CompletionServer llm, int timeoutSeconds = 10)
    {
        var client = new OpenAI.Chat.ChatClient(
            "newsletter-model",
            new ApiKeyCredential("test-key"),
            new OpenAIClientOptions { Endpoint = new Uri(llm.Server.BaseUrl + "/v1"), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });
        var services = new ServiceCollection().AddSingleton(client.AsIChatClient()).BuildServiceProvider();
        return new SectionPolisher(services, Options.Create(new NewsletterOptions { PolishTimeoutSeconds = timeoutSeconds }), NullLogger<SectionPolisher>.Instance);
    }
}
