namespace GovernanceBot.Domain.Copil;

/// <summary>
/// Where a use case sits on the value/feasibility chart (DESIGN §4.9). Only top-right is the short-term
/// roadmap; every other place stays listed as medium or long term, and a case without enough data to place
/// is listed as such — never dropped.
/// </summary>
public enum Quadrant
{
    /// <summary>High value, high feasibility: the short-term roadmap.</summary>
    ShortTerm,

    /// <summary>High value but hard today: medium term, once feasibility improves.</summary>
    MediumTermValue,

    /// <summary>Easy but of modest value: medium term, when capacity allows.</summary>
    MediumTermEasy,

    /// <summary>Low value, low feasibility: long term.</summary>
    LongTerm,

    /// <summary>Value or feasibility unknown: listed, to complete before it can be placed.</summary>
    NotPlaced,
}
