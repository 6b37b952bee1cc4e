using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue.Writing;

/// <summary>
/// Rewords a search answer in natural language from the retrieved records only. Optional: without an
/// LLM configured the bot answers from search (<see cref="NoAnswerWriter"/>).
/// </summary>
public interface IAnswerWriter
{
    bool IsEnabled { get; }

    /// <summary>The written answer and the records it cites, or no text when it failed (the caller falls back).</summary>
    Task<WrittenAnswer> WriteAsync(CatalogueAnswer answer, string searchText, CancellationToken cancellationToken);
}

/// <summary>A writer's result: <see cref="Text"/> is null when the writer failed or its citations did not check out.</summary>
public sealed record WrittenAnswer(string? Text, IReadOnlyList<CitedRecord> Cited, string? FailureReason = null)
{
    public static WrittenAnswer Failed(string reason) => new(null, [], reason);
}
