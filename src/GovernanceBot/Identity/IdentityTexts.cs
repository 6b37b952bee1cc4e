using GovernanceBot.Localization;

namespace GovernanceBot.Identity;

/// <summary>The FR/EN texts of Identity.texts.json, one checked reference per key.</summary>
public static class IdentityTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Identity.texts.json");

    public static readonly TextRef WhoAmI = Catalog.Ref(nameof(WhoAmI));
    public static readonly TextRef None = Catalog.Ref(nameof(None));
    public static readonly TextRef NotChosen = Catalog.Ref(nameof(NotChosen));
    public static readonly TextRef HelpTopicTitle = Catalog.Ref(nameof(HelpTopicTitle));
    public static readonly TextRef HelpTopicDescription = Catalog.Ref(nameof(HelpTopicDescription));
    public static readonly TextRef RoleAdmin = Catalog.Ref(nameof(RoleAdmin));
    public static readonly TextRef RoleCentralTeam = Catalog.Ref(nameof(RoleCentralTeam));
    public static readonly TextRef RoleCopil = Catalog.Ref(nameof(RoleCopil));
    public static readonly TextRef RoleComms = Catalog.Ref(nameof(RoleComms));
    public static readonly TextRef LanguageChosen = Catalog.Ref(nameof(LanguageChosen));
    public static readonly TextRef LanguageFollowsClient = Catalog.Ref(nameof(LanguageFollowsClient));
    public static readonly TextRef LanguageFrench = Catalog.Ref(nameof(LanguageFrench));
    public static readonly TextRef LanguageEnglish = Catalog.Ref(nameof(LanguageEnglish));
    public static readonly TextRef LanguageSetFrench = Catalog.Ref(nameof(LanguageSetFrench));
    public static readonly TextRef LanguageSetEnglish = Catalog.Ref(nameof(LanguageSetEnglish));
    public static readonly TextRef LanguageSetAuto = Catalog.Ref(nameof(LanguageSetAuto));
    public static readonly TextRef LanguageUsage = Catalog.Ref(nameof(LanguageUsage));
    public static readonly TextRef LanguageHelpTitle = Catalog.Ref(nameof(LanguageHelpTitle));
    public static readonly TextRef LanguageHelpDescription = Catalog.Ref(nameof(LanguageHelpDescription));
}
