using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// One answered question, as a later follow-up needs it: the words asked, what they were understood to
/// be about (intent, catalogue, filters, subject) and the records the answer cited. Nothing else of the
/// answer is kept.
/// </summary>
public sealed record ConversationTurn
{
    /// <summary>Records remembered per turn: more than an answer card shows is never referred to.</summary>
    public const int MaxCited = 10;

    public required string Question { get; init; }
    public required DateTimeOffset At { get; init; }
    public Language Language { get; init; }
    public QuestionIntent Intent { get; init; }
    public CatalogueKind? Kind { get; init; }
    public UseCaseStatus? Status { get; init; }
    public bool PersonalData { get; init; }
    public bool Sensitive { get; init; }

    /// <summary>The organisation or hub the question named, as the records spell it.</summary>
    public string? Organisation { get; init; }

    public IReadOnlyList<QueryTermGroup> Subject { get; init; } = [];
    public IReadOnlyList<RecordRef> Cited { get; init; } = [];

    public static ConversationTurn Of(CatalogueAnswer answer, DateTimeOffset at) => new()
    {
        Question = answer.Question.Text,
        At = at,
        Language = answer.Question.Language,
        Intent = answer.Question.Intent,
        Kind = answer.Question.Kind,
        Status = answer.Question.Status,
        PersonalData = answer.Question.PersonalData,
        Sensitive = answer.Question.Sensitive,
        Organisation = answer.Question.Organisation?.Value,
        Subject = answer.Question.Subject,
        Cited = answer.Records.Select(r => r.Ref).Take(MaxCited).ToList(),
    };
}
