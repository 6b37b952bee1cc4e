using GovernanceBot.Localization;

namespace GovernanceBot.Hosting;

/// <summary>The FR/EN texts of Errors.texts.json, one checked reference per key.</summary>
internal static class ErrorTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Errors.texts.json");

    public static readonly TextRef ChangedBySomeoneElse = Catalog.Ref(nameof(ChangedBySomeoneElse));
    public static readonly TextRef StorageUnavailable = Catalog.Ref(nameof(StorageUnavailable));
    public static readonly TextRef InputTooLarge = Catalog.Ref(nameof(InputTooLarge));
    public static readonly TextRef Unexpected = Catalog.Ref(nameof(Unexpected));
}
