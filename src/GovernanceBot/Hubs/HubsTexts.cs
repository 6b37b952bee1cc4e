using GovernanceBot.Localization;

namespace GovernanceBot.Hubs;

/// <summary>The FR/EN texts of Hubs.texts.json, one checked reference per key.</summary>
internal static class HubsTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Hubs.texts.json");

    public static readonly TextRef ListTitle = Catalog.Ref(nameof(ListTitle));
    public static readonly TextRef ListEmpty = Catalog.Ref(nameof(ListEmpty));
    public static readonly TextRef AddUsage = Catalog.Ref(nameof(AddUsage));
    public static readonly TextRef AddTooLong = Catalog.Ref(nameof(AddTooLong));
    public static readonly TextRef AddRefused = Catalog.Ref(nameof(AddRefused));
    public static readonly TextRef Added = Catalog.Ref(nameof(Added));
    public static readonly TextRef AlreadyExists = Catalog.Ref(nameof(AlreadyExists));
    public static readonly TextRef HelpTopicTitle = Catalog.Ref(nameof(HelpTopicTitle));
    public static readonly TextRef HelpTopicDescription = Catalog.Ref(nameof(HelpTopicDescription));
}
