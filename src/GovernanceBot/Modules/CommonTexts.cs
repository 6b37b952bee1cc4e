using GovernanceBot.Localization;

namespace GovernanceBot.Modules;

/// <summary>The texts every module shares: standard refusals and the unreadable-card answer.</summary>
internal static class CommonTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Common.texts.json");

    public static readonly TextRef PersonalChatOnly = Catalog.Ref(nameof(PersonalChatOnly));
    public static readonly TextRef PermissionRefused = Catalog.Ref(nameof(PermissionRefused));
    public static readonly TextRef CardDataMissing = Catalog.Ref(nameof(CardDataMissing));
    public static readonly TextRef BadCardDataTitle = Catalog.Ref(nameof(BadCardDataTitle));
    public static readonly TextRef BadCardDataBody = Catalog.Ref(nameof(BadCardDataBody));
    public static readonly TextRef OpenHelp = Catalog.Ref(nameof(OpenHelp));
    public static readonly TextRef And = Catalog.Ref(nameof(And));
    public static readonly TextRef OpenedBelow = Catalog.Ref(nameof(OpenedBelow));
}
