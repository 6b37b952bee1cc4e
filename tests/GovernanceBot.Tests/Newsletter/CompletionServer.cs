using System.Text.Json;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.Tests.Newsletter;

/// <summary>A loopback OpenAI-compatible endpoint speaking the chat-completions wire format.</summary>
internal sealed class CompletionServer(LoopbackServer server) : IAsyncDisposable
{
    public LoopbackServer Server { get; } = server;

    public static async Task<CompletionServer> StartAsync(Func<HttpContext, Task> respond) =>
        new(await LoopbackServer.StartAsync((context, _) => respond(context)));

    /// <summary>Answers every chat completion with <paramref name="content"/>, as the OpenAI API does.</summary>
    public static Task<CompletionServer> AnsweringAsync(string content) => StartAsync(context => AnswerAsync(context, content));

    public static async Task AnswerAsync(HttpContext context, string content)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-1",
            @object = "chat.completion",
            created = 1764579600,
            model = "newsletter-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 120, completion_tokens = 60, total_tokens = 180 },
        }));
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
