namespace GovernanceBot.Catalogue;

/// <summary>Action.Execute verbs of the catalogue cards.</summary>
public static class CatalogueVerbs
{
    /// <summary>Open a cited record's card.</summary>
    public const string Open = "catalogue.open";

    /// <summary>Back from a record card to the answer it was opened from (the question is asked again).</summary>
    public const string Back = "catalogue.back";
}
