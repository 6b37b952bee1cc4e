namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>What the person wants to know.</summary>
public enum QuestionIntent
{
    /// <summary>Anything else: find the records that match.</summary>
    Search,

    /// <summary>Who owns or looks after a dataset; which use case produces it.</summary>
    Owner,

    /// <summary>Which use case produces a dataset (asked from the data's side).</summary>
    Producer,

    /// <summary>Which use cases read a dataset.</summary>
    Consumers,

    /// <summary>Who to contact about a use case or dataset.</summary>
    Contact,

    /// <summary>List records by organisation, hub, status, personal data…</summary>
    List,

    /// <summary>How many records match.</summary>
    Count,
}
