namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>Why a browse was not run exactly as asked.</summary>
public enum BrowseProblemKind
{
    /// <summary>No record has this organisation (any more): the filter was dropped.</summary>
    UnknownOrganisation,

    /// <summary>No record has this hub: the filter was dropped.</summary>
    UnknownHub,

    /// <summary>No record has this theme: the filter was dropped.</summary>
    UnknownTheme,

    /// <summary>A page before the first was asked: the first is shown.</summary>
    PageBeforeStart,

    /// <summary>A page after the last was asked: the last is shown.</summary>
    PageBeyondEnd,
}

/// <summary>One correction made to a browse request, with the value at fault (a filter value or a page number).</summary>
public sealed record BrowseProblem(BrowseProblemKind Kind, string Value);
