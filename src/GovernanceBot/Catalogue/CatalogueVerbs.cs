namespace GovernanceBot.Catalogue;

/// <summary>Action.Execute verbs of the catalogue cards.</summary>
public static class CatalogueVerbs
{
    /// <summary>Open a cited record's card.</summary>
    public const string Open = "catalogue.open";

    /// <summary>Back from a record card to the answer it was opened from (the question is asked again).</summary>
    public const string Back = "catalogue.back";

    /// <summary>The answer helped (stored for the central team).</summary>
    public const string Helpful = "catalogue.helpful";

    /// <summary>The answer did not help: stored, then who to ask instead.</summary>
    public const string NotHelpful = "catalogue.nothelpful";

    /// <summary>Send a question the catalogues did not answer to the central team's channel.</summary>
    public const string Forward = "catalogue.forward";
}
