using GovernanceBot.Localization;

namespace GovernanceBot.Help;

/// <summary>The FR/EN texts of Help.texts.json, one checked reference per key.</summary>
internal static class HelpTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Help.texts.json");

    public static readonly TextRef Title = Catalog.Ref(nameof(Title));
    public static readonly TextRef Intro = Catalog.Ref(nameof(Intro));
    public static readonly TextRef TypeHint = Catalog.Ref(nameof(TypeHint));
    public static readonly TextRef Open = Catalog.Ref(nameof(Open));
    public static readonly TextRef More = Catalog.Ref(nameof(More));
    public static readonly TextRef Back = Catalog.Ref(nameof(Back));
    public static readonly TextRef DetailsTitle = Catalog.Ref(nameof(DetailsTitle));
    public static readonly TextRef DetailsIntro = Catalog.Ref(nameof(DetailsIntro));
    public static readonly TextRef DetailsOtherLanguage = Catalog.Ref(nameof(DetailsOtherLanguage));
    public static readonly TextRef HelpTopicTitle = Catalog.Ref(nameof(HelpTopicTitle));
    public static readonly TextRef HelpTopicDescription = Catalog.Ref(nameof(HelpTopicDescription));
    public static readonly TextRef Welcome = Catalog.Ref(nameof(Welcome));
    public static readonly TextRef NotUnderstood = Catalog.Ref(nameof(NotUnderstood));
    public static readonly TextRef UnknownAction = Catalog.Ref(nameof(UnknownAction));
}
