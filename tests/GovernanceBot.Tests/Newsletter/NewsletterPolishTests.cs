using System.Text.Json.Nodes;
using GovernanceBot.Newsletter;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using static GovernanceBot.Tests.Newsletter.NewsletterHost;

namespace GovernanceBot.Tests.Newsletter;

/// <summary>"Améliorer" through the bot, against a loopback OpenAI-compatible server: accepted, discarded, refused for changed facts, timed out, and without any LLM.</summary>
public sealed class NewsletterPolishTests : IAsyncLifetime
{
    private const string Original = "• Churn early warning (UC-2026-0007, hub Banque de détail), en production le 14 octobre 2026 : attrition −2 pts sur 12 000 clients. Contact : Alice Martin.";
    private const string Kept = "Le 14 octobre 2026, le hub Banque de détail a mis en production Churn early warning (UC-2026-0007) : " +
                                "−2 pts d'attrition sur 12 000 clients. Une question ? Alice Martin.";
    private const string Changed = "Churn early warning (UC-2026-0007) est en production depuis le 14 octobre 2026 au hub Banque de détail : −2 pts d'attrition sur 15 000 clients.";

    private CompletionServer _llm = null!;
    private string _answer = Kept;
    private TimeSpan _delay = TimeSpan.Zero;

    public async Task InitializeAsync() => _llm = await CompletionServer.StartAsync(async context =>
    {
        if (_delay > TimeSpan.Zero) await Task.Delay(_delay, context.RequestAborted);
        await CompletionServer.AnswerAsync(context, _answer);
    });

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private Task<NewsletterHost> BotAsync(bool withLlm = true, int timeoutSeconds = 10) => NewsletterHost.StartAsync(withLlm
        ? new Dictionary<string, string?>
        {
            ["Catalogue:Llm:Endpoint"] = _llm.Server.BaseUrl + "/v1",
            ["Catalogue:Llm:Model"] = "newsletter-model",
            ["Catalogue:Llm:ApiKey"] = "test-key",
            ["Catalogue:Llm:TimeoutSeconds"] = "20",
            ["Newsletter:PolishTimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }
        : null);

    /// <summary>The editor with one written section holding <see cref="Original"/>; returns the card and the section id.</summary>
    private static async Task<(JsonObject Card, string SectionId)> WithSectionAsync(NewsletterHost bot)
    {
        var form = (await bot.ClickAsync(Camille, await bot.OpenAsync(Camille), NewsletterVerbs.NewSection)).Card!;
        var card = (await bot.ClickAsync(Camille, form, NewsletterVerbs.AddSection, inputs: new JsonObject { ["title"] = "En production", ["body"] = Original })).Card!;
        return (card, SectionIds(card)[^1]);
    }

    [Fact]
    public async Task A_rewrite_that_keeps_the_facts_shows_before_and_after_and_is_kept_only_when_accepted()
    {
        await using var bot = await BotAsync();
        var (card, id) = await WithSectionAsync(bot);

        var proposal = (await bot.ClickAsync(Camille, card, NewsletterVerbs.Polish, id)).Card!;
        Assert.Contains("Avant", proposal.AllText());
        Assert.Contains(Original, proposal.AllText());
        Assert.Contains("Après", proposal.AllText());
        Assert.Contains(Kept, proposal.AllText());
        Assert.Equal("newsletter-model", JsonNode.Parse(Assert.Single(_llm.Server.Requests).Body)!["model"]!.GetValue<string>());

        var accepted = (await bot.ClickAsync(Camille, proposal, NewsletterVerbs.AcceptPolish, id)).Card!;
        Assert.Contains("Réécriture acceptée.", accepted.AllText());
        Assert.Contains(Kept, accepted.AllText());
    }

    [Fact]
    public async Task A_discarded_rewrite_leaves_the_text_as_it_was()
    {
        await using var bot = await BotAsync();
        var (card, id) = await WithSectionAsync(bot);
        var proposal = (await bot.ClickAsync(Camille, card, NewsletterVerbs.Polish, id)).Card!;

        var discarded = (await bot.Personal(Camille).ExecuteAsync(NewsletterVerbs.Open,
            proposal.ExecuteActions().Single(a => a.Title == "Rejeter").Data.DeepClone().AsObject())).Card!;

        Assert.Contains(Original, discarded.AllText());
        Assert.DoesNotContain(Kept, (await bot.OpenAsync(Camille)).AllText());
    }

    [Fact]
    public async Task A_rewrite_that_changes_a_number_or_drops_a_name_is_refused_with_them_and_cannot_be_forged_into_an_accept()
    {
        await using var bot = await BotAsync();
        var (card, id) = await WithSectionAsync(bot);
        _answer = Changed;

        var refused = (await bot.ClickAsync(Camille, card, NewsletterVerbs.Polish, id)).Card!;
        Assert.Contains("Réécriture refusée : elle change les faits", refused.AllText());
        Assert.Contains("12 000", refused.AllText());
        Assert.Contains("Alice Martin", refused.AllText());
        Assert.Contains("ajoutés : 15 000", refused.AllText());
        Assert.DoesNotContain(refused.ExecuteActions(), a => a.Verb == NewsletterVerbs.AcceptPolish);

        // An accept forged without a checked proposal, or carrying its own rewrite, takes nothing: the rewrite is read from the server.
        var forged = NewsletterActionData.For(new Domain.Newsletter.Quarter(2026, 4), refused.ExecuteActions().First().Data["revision"]!.GetValue<int>(), id);
        forged["rewrite"] = Changed;
        var result = (await bot.Personal(Camille).ExecuteAsync(NewsletterVerbs.AcceptPolish, forged)).Card!;
        Assert.Contains("Cette proposition n'est plus disponible", result.AllText());
        Assert.Contains(Original, (await bot.OpenAsync(Camille)).AllText());
    }

    [Fact]
    public async Task A_slow_llm_times_out_and_the_text_stays()
    {
        await using var bot = await BotAsync(timeoutSeconds: 1);
        var (card, id) = await WithSectionAsync(bot);
        _delay = TimeSpan.FromSeconds(10);

        var timedOut = (await bot.ClickAsync(Camille, card, NewsletterVerbs.Polish, id)).Card!;

        Assert.Contains("L'IA n'a pas répondu en 1 s", timedOut.AllText());
        Assert.Contains(Original, timedOut.AllText());
    }

    [Fact]
    public async Task Without_an_llm_polish_says_so_and_the_newsletter_works_offline()
    {
        await using var bot = await BotAsync(withLlm: false);
        var (card, id) = await WithSectionAsync(bot);

        var offline = (await bot.ClickAsync(Camille, card, NewsletterVerbs.Polish, id)).Card!;

        Assert.Contains("Aucun modèle d'IA n'est configuré", offline.AllText());
        Assert.Contains("Approuvée", (await bot.ClickAsync(Camille, offline, NewsletterVerbs.Approve)).Card.AllText());
        Assert.Empty(_llm.Server.Requests);
    }
}
