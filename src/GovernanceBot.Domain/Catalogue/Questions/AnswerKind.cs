namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>The shape of an answer, which decides how it is worded.</summary>
public enum AnswerKind
{
    /// <summary>Nothing in the catalogues matches well enough: say so and name who to ask.</summary>
    NotFound,

    /// <summary>The owner, steward and producing use cases of one dataset.</summary>
    Owner,

    /// <summary>The contact of one use case or dataset.</summary>
    Contact,

    /// <summary>The use cases that read one dataset.</summary>
    Consumers,

    /// <summary>Records selected by filters, with the total.</summary>
    List,

    /// <summary>A number, with the first few records as examples.</summary>
    Count,

    /// <summary>The best matching records.</summary>
    Matches,
}
