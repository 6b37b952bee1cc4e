using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Azure.Core;
using GovernanceBot.Catalogue.Writing;
using GovernanceBot.Telemetry;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>
/// How the bot authenticates to an OpenAI-compatible endpoint (API key, or an Entra token for Azure OpenAI from the
/// managed identity), and what the LLM telemetry records, against a loopback server speaking the chat-completions format.
/// </summary>
public sealed class LlmClientFactoryTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync(RespondAsync);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Without_a_key_the_azure_identity_token_for_cognitive_services_is_sent_as_bearer()
    {
        var credential = new RecordingCredential();
        using var handler = new RecordingHandler();
        using var http = new HttpClient(handler);
        var client = LlmClientFactory.Create(new LlmOptions { Endpoint = "https://contoso.openai.azure.com/openai/v1/", Model = "gpt-test", UseAzureIdentity = true },
            credential, new System.ClientModel.Primitives.HttpClientPipelineTransport(http));

        var response = await client.GetResponseAsync("Bonjour");

        Assert.Equal("Réponse", response.Text);
        Assert.Equal("Bearer entra-token", handler.Authorization);
        Assert.Equal("https://contoso.openai.azure.com/openai/v1/chat/completions", handler.Url);
        Assert.Equal([LlmClientFactory.AzureOpenAIScope], credential.Scopes);
    }

    [Fact]
    public async Task The_token_is_never_sent_over_plain_http()
    {
        var credential = new RecordingCredential();
        var client = LlmClientFactory.Create(new LlmOptions { Endpoint = _server.BaseUrl + "/openai/v1/", Model = "gpt-test", UseAzureIdentity = true }, credential);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync("Bonjour"));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_key_wins_over_the_azure_identity()
    {
        var client = LlmClientFactory.Create(new LlmOptions { Endpoint = _server.BaseUrl + "/openai/v1/", Model = "gpt-test", ApiKey = "k-1", UseAzureIdentity = true });

        await client.GetResponseAsync("Bonjour");

        Assert.Equal("Bearer k-1", Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task Telemetry_counts_tokens_and_latency_by_model_without_prompt_or_answer()
    {
        var measured = new List<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == LlmTelemetry.Name) l.EnableMeasurementEvents(i); } };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measured.Add((i.Name, v, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measured.Add((i.Name, 1, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();
        var client = new InstrumentedChatClient(LlmClientFactory.Create(new LlmOptions { Endpoint = _server.BaseUrl + "/openai/v1/", Model = "gpt-test", ApiKey = "k" }), "gpt-test");

        await client.GetResponseAsync("Question secrète sur Zorglub");

        Assert.Contains(measured, m => m.Instrument == "governancebot.llm.tokens" && m.Value == 12 && m.Tags.Contains("direction=input", StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Instrument == "governancebot.llm.tokens" && m.Value == 7 && m.Tags.Contains("direction=output", StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Instrument == "governancebot.llm.duration" && m.Tags.Contains("outcome=ok", StringComparison.Ordinal));
        Assert.DoesNotContain(measured, m => m.Tags.Contains("Zorglub", StringComparison.Ordinal) || m.Tags.Contains("Réponse", StringComparison.Ordinal));
    }

    private static async Task RespondAsync(HttpContext context, RecordedRequest request)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Completion().ToJsonString());
    }

    private static JsonObject Completion() => new()
        {
            ["id"] = "chatcmpl-1", ["object"] = "chat.completion", ["created"] = 1764633600, ["model"] = "gpt-test",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0, ["finish_reason"] = "stop",
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = "Réponse" },
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 12, ["completion_tokens"] = 7, ["total_tokens"] = 19 },
        };

    /// <summary>Azure OpenAI's side of an HTTPS call, answered in process (the token path refuses plain HTTP).</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public string? Authorization { get; private set; }
        public string? Url { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Authorization = request.Headers.Authorization?.ToString();
            Url = request.RequestUri?.ToString();
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent(Completion().ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            });
        }
    }

    /// <summary>Stands in for the managed identity: hands out a fixed token and remembers the scopes asked for.</summary>
    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("entra-token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
