using System.Diagnostics;
using System.Diagnostics.Metrics;
using GovernanceBot.Catalogue.Writing;
using GovernanceBot.Domain.Catalogue.Questions;
using Microsoft.Extensions.AI;

namespace GovernanceBot.Telemetry;

/// <summary>
/// LLM calls: latency, input and output tokens, outcome (ok, timeout, error), and fallbacks (the answer the
/// user got came from search because the model failed or cited what it was not given). Prompts and
/// completions are never recorded.
/// </summary>
public static class LlmTelemetry
{
    public const string Name = "GovernanceBot.Llm";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("governancebot.llm.duration", "s", "Time an LLM call took, by outcome.");
    private static readonly Counter<long> Tokens = Meter.CreateCounter<long>("governancebot.llm.tokens", "{token}", "Tokens used, by direction (input, output).");
    private static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>("governancebot.llm.fallbacks", "{answer}", "Answers sent without the LLM's wording, by feature and reason.");

    internal static async Task<ChatResponse> MeasureAsync(string model, Func<Task<ChatResponse>> call)
    {
        using var span = Source.StartActivity("llm chat", ActivityKind.Client);
        span?.SetTag("gen_ai.request.model", model);
        return await MeasuredCall.RunAsync(span, model, async () =>
            {
                var response = await call();
                if (response.Usage is { } usage)
                {
                    Add(usage.InputTokenCount, "input", model);
                    Add(usage.OutputTokenCount, "output", model);
                    span?.SetTag("gen_ai.usage.input_tokens", usage.InputTokenCount);
                    span?.SetTag("gen_ai.usage.output_tokens", usage.OutputTokenCount);
                }
                return response;
            },
            static e => e is OperationCanceledException ? "timeout" : "error",
            static (model, outcome, elapsed) => Duration.Record(elapsed.TotalSeconds,
                new KeyValuePair<string, object?>("gen_ai.request.model", model), new KeyValuePair<string, object?>("governancebot.outcome", outcome)));
    }

    public static void Fallback(string feature, string reason) => Fallbacks.Add(1,
        new KeyValuePair<string, object?>("governancebot.feature", feature), new KeyValuePair<string, object?>("governancebot.reason", reason));

    private static void Add(long? count, string direction, string model)
    {
        if (count is > 0) Tokens.Add(count.Value, new KeyValuePair<string, object?>("governancebot.direction", direction), new KeyValuePair<string, object?>("gen_ai.request.model", model));
    }
}

/// <summary>Measures the configured chat client's calls (<see cref="LlmTelemetry"/>); streaming is not used by the bot and passes through.</summary>
internal sealed class InstrumentedChatClient(IChatClient inner, string model) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        LlmTelemetry.MeasureAsync(model, () => base.GetResponseAsync(messages, options, cancellationToken));
}

/// <summary>Counts the catalogue's fallbacks to the search answer, with the writer's reason (timeout, error, citations).</summary>
internal sealed class InstrumentedAnswerWriter(IAnswerWriter inner) : IAnswerWriter
{
    public bool IsEnabled => inner.IsEnabled;

    public async Task<WrittenAnswer> WriteAsync(CatalogueAnswer answer, string searchText, CancellationToken cancellationToken)
    {
        var written = await inner.WriteAsync(answer, searchText, cancellationToken);
        if (written.Text is null && inner.IsEnabled) LlmTelemetry.Fallback("catalogue", written.FailureReason ?? "none");
        return written;
    }
}
