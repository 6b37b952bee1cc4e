namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// A grounded answer: what was understood, the records it rests on (the citations, best first), the
/// total for lists and counts, linked use cases for dataset questions, and — when nothing matched —
/// who to ask instead.
/// </summary>
public sealed record CatalogueAnswer(CatalogueQuestion Question, AnswerKind Kind, IReadOnlyList<CitedRecord> Records)
{
    /// <summary>How many records match in all (lists and counts show only the first few).</summary>
    public int Total { get; init; }

    public IReadOnlyList<RelatedUseCase> Related { get; init; } = [];

    /// <summary>For <see cref="AnswerKind.NotFound"/>: a contact who can help (an organisation's mailbox or the central team).</summary>
    public string? AskInstead { get; init; }

    /// <summary>The conversation's earlier turns, newest first (a writer may read their questions and cited ids, nothing more).</summary>
    public IReadOnlyList<ConversationTurn> Earlier { get; init; } = [];

    /// <summary>Every record id the answer may cite: its records and related use cases.</summary>
    public IReadOnlySet<string> CitableIds =>
        Records.Select(r => r.Ref.Id).Concat(Related.Select(r => r.UseCase.Id)).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
