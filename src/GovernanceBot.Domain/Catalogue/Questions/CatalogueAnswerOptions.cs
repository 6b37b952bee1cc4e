namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>How strict and how long answers are.</summary>
public sealed record CatalogueAnswerOptions
{
    /// <summary>
    /// Share of the question's meaningful words (weighted by rarity) a record must match to be used in an
    /// answer. Below it the bot says it does not know rather than offering a weak match as the answer.
    /// </summary>
    public double MinCoverage { get; init; } = 0.6;

    /// <summary>How far below <see cref="MinCoverage"/> a single clear leader may still be the answer.</summary>
    public double LeaderAllowance { get; init; } = 0.15;

    /// <summary>How much more of the question the leader must cover than the next record.</summary>
    public double LeaderMargin { get; init; } = 0.15;

    /// <summary>Records shown in lists; the total is always given.</summary>
    public int ListSize { get; init; } = 10;

    /// <summary>Records the search considers when counting or listing with a subject.</summary>
    public int SearchDepth { get; init; } = 300;

    /// <summary>Who to ask when nothing matches and no organisation was named (the central team's address).</summary>
    public string CentralTeamContact { get; init; } = "";
}
