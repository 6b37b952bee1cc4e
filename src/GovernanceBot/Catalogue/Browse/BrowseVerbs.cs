namespace GovernanceBot.Catalogue.Browse;

/// <summary>Action.Execute verbs of the browse card.</summary>
public static class BrowseVerbs
{
    /// <summary>Show a page of a browse whose words and filters the button carries (Previous, Next, the help card).</summary>
    public const string Page = "catalogue.browse";

    /// <summary>Browse again with the words and filters typed and chosen on the card, from the first page.</summary>
    public const string Apply = "catalogue.browse.apply";
}
