namespace GovernanceBot.Catalogue.Links;

/// <summary>Action.Execute verbs of the link cards (central team and admins only, checked on every click).</summary>
public static class CatalogueLinkVerbs
{
    /// <summary>A candidate chosen on the "which one do you mean?" card.</summary>
    public const string Pick = "catalogue.link.pick";

    /// <summary>A suggested link confirmed on a record card: stored as a link.</summary>
    public const string Confirm = "catalogue.link.confirm";

    /// <summary>A suggested link rejected on a record card: no longer suggested.</summary>
    public const string Reject = "catalogue.link.reject";

    /// <summary>"Délier" / "Unlink" on the card of a link just saved.</summary>
    public const string Unlink = "catalogue.link.unlink";
}
