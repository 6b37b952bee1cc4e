using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>A question as understood: intent, which catalogue, exact filters, and what it is about.</summary>
public sealed record CatalogueQuestion
{
    public required string Text { get; init; }
    public required Language Language { get; init; }
    public QuestionIntent Intent { get; init; }

    /// <summary>The catalogue the question is about, when it says.</summary>
    public CatalogueKind? Kind { get; init; }

    public UseCaseStatus? Status { get; init; }
    public bool PersonalData { get; init; }

    /// <summary>Non-public or restricted data.</summary>
    public bool Sensitive { get; init; }

    public OrganisationAlias? Organisation { get; init; }

    /// <summary>The words the question is about, with their translations.</summary>
    public IReadOnlyList<QueryTermGroup> Subject { get; init; } = [];

    /// <summary>Every intent its words carry, before one was chosen (a follow-up picks again once it has a subject).</summary>
    public IReadOnlySet<QuestionIntent> IntentWords { get; init; } = new HashSet<QuestionIntent>();

    /// <summary>When set, only these records may answer (a follow-up about the previous answer's records).</summary>
    public IReadOnlyCollection<RecordRef>? Among { get; init; }

    public bool HasFilters => Status is not null || PersonalData || Sensitive || Organisation is not null;
}
