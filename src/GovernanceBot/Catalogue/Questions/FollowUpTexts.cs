using GovernanceBot.Localization;

namespace GovernanceBot.Catalogue.Questions;

/// <summary>The FR/EN texts of CatalogueFollowUp.texts.json.</summary>
internal static class FollowUpTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("CatalogueFollowUp.texts.json");

    public static readonly TextRef FollowingOn = Catalog.Ref(nameof(FollowingOn));
}
