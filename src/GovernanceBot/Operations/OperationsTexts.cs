using GovernanceBot.Localization;

namespace GovernanceBot.Operations;

/// <summary>The texts of the status command (Operations.texts.json).</summary>
internal static class OperationsTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Operations.texts.json");

    public static readonly TextRef HelpTitle = Catalog.Ref(nameof(HelpTitle));
    public static readonly TextRef HelpDescription = Catalog.Ref(nameof(HelpDescription));
    public static readonly TextRef Refused = Catalog.Ref(nameof(Refused));
    public static readonly TextRef PrivateOnly = Catalog.Ref(nameof(PrivateOnly));
    public static readonly TextRef Title = Catalog.Ref(nameof(Title));
    public static readonly TextRef Version = Catalog.Ref(nameof(Version));
    public static readonly TextRef StorageUp = Catalog.Ref(nameof(StorageUp));
    public static readonly TextRef StorageDown = Catalog.Ref(nameof(StorageDown));
    public static readonly TextRef LlmOn = Catalog.Ref(nameof(LlmOn));
    public static readonly TextRef LlmOff = Catalog.Ref(nameof(LlmOff));
    public static readonly TextRef LlmKey = Catalog.Ref(nameof(LlmKey));
    public static readonly TextRef LlmIdentity = Catalog.Ref(nameof(LlmIdentity));
    public static readonly TextRef LlmNoAuth = Catalog.Ref(nameof(LlmNoAuth));
    public static readonly TextRef BacklogIdle = Catalog.Ref(nameof(BacklogIdle));
    public static readonly TextRef Backlog = Catalog.Ref(nameof(Backlog));
    public static readonly TextRef DeliveryOff = Catalog.Ref(nameof(DeliveryOff));
    public static readonly TextRef ThrottleOpen = Catalog.Ref(nameof(ThrottleOpen));
    public static readonly TextRef ThrottleClosed = Catalog.Ref(nameof(ThrottleClosed));
    public static readonly TextRef RunsNone = Catalog.Ref(nameof(RunsNone));
    public static readonly TextRef RunsTitle = Catalog.Ref(nameof(RunsTitle));
    public static readonly TextRef RunLine = Catalog.Ref(nameof(RunLine));
    public static readonly TextRef RunLate = Catalog.Ref(nameof(RunLate));
    public static readonly TextRef Telemetry = Catalog.Ref(nameof(Telemetry));
    public static readonly TextRef TelemetryOff = Catalog.Ref(nameof(TelemetryOff));
}
