using GovernanceBot.Localization;

namespace GovernanceBot.Delivery;

/// <summary>The FR/EN texts of Delivery.texts.json, one checked reference per key.</summary>
internal static class DeliveryTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Delivery.texts.json");

    public static readonly TextRef FailureReportTitle = Catalog.Ref(nameof(FailureReportTitle));
    public static readonly TextRef FailureReport = Catalog.Ref(nameof(FailureReport));
    public static readonly TextRef FailureLine = Catalog.Ref(nameof(FailureLine));
    public static readonly TextRef FailureMore = Catalog.Ref(nameof(FailureMore));
    public static readonly TextRef HelpTopicTitle = Catalog.Ref(nameof(HelpTopicTitle));
    public static readonly TextRef HelpTopicDescription = Catalog.Ref(nameof(HelpTopicDescription));
    public static readonly TextRef ChannelOnly = Catalog.Ref(nameof(ChannelOnly));
    public static readonly TextRef PurposeUsage = Catalog.Ref(nameof(PurposeUsage));
    public static readonly TextRef UnknownHub = Catalog.Ref(nameof(UnknownHub));
    public static readonly TextRef Registered = Catalog.Ref(nameof(Registered));
    public static readonly TextRef Unregistered = Catalog.Ref(nameof(Unregistered));
    public static readonly TextRef NotRegistered = Catalog.Ref(nameof(NotRegistered));
    public static readonly TextRef ChannelsEmpty = Catalog.Ref(nameof(ChannelsEmpty));
    public static readonly TextRef ChannelsTitle = Catalog.Ref(nameof(ChannelsTitle));
    public static readonly TextRef ChannelLine = Catalog.Ref(nameof(ChannelLine));
    public static readonly TextRef ChannelUnavailable = Catalog.Ref(nameof(ChannelUnavailable));
    public static readonly TextRef SchedulesEmpty = Catalog.Ref(nameof(SchedulesEmpty));
    public static readonly TextRef SchedulesTitle = Catalog.Ref(nameof(SchedulesTitle));
    public static readonly TextRef ScheduleLine = Catalog.Ref(nameof(ScheduleLine));
    public static readonly TextRef Never = Catalog.Ref(nameof(Never));
    public static readonly TextRef Finished = Catalog.Ref(nameof(Finished));
    public static readonly TextRef PausedMark = Catalog.Ref(nameof(PausedMark));
    public static readonly TextRef LateMark = Catalog.Ref(nameof(LateMark));
    public static readonly TextRef ScheduleUsage = Catalog.Ref(nameof(ScheduleUsage));
    public static readonly TextRef ScheduleInvalid = Catalog.Ref(nameof(ScheduleInvalid));
    public static readonly TextRef SchedulePast = Catalog.Ref(nameof(SchedulePast));
    public static readonly TextRef Scheduled = Catalog.Ref(nameof(Scheduled));
    public static readonly TextRef JobUsage = Catalog.Ref(nameof(JobUsage));
    public static readonly TextRef JobNotFound = Catalog.Ref(nameof(JobNotFound));
    public static readonly TextRef JobNotYours = Catalog.Ref(nameof(JobNotYours));
    public static readonly TextRef Paused = Catalog.Ref(nameof(Paused));
    public static readonly TextRef Resumed = Catalog.Ref(nameof(Resumed));
    public static readonly TextRef Deleted = Catalog.Ref(nameof(Deleted));
    public static readonly TextRef RanNow = Catalog.Ref(nameof(RanNow));
    public static readonly TextRef Changed = Catalog.Ref(nameof(Changed));
    public static readonly TextRef StatusEmpty = Catalog.Ref(nameof(StatusEmpty));
    public static readonly TextRef StatusTitle = Catalog.Ref(nameof(StatusTitle));
    public static readonly TextRef StatusLine = Catalog.Ref(nameof(StatusLine));
    public static readonly TextRef StatusFailure = Catalog.Ref(nameof(StatusFailure));
    public static readonly TextRef LateNotice = Catalog.Ref(nameof(LateNotice));
    public static readonly TextRef ReminderName = Catalog.Ref(nameof(ReminderName));
    public static readonly TextRef ChannelsRefused = Catalog.Ref(nameof(ChannelsRefused));
    public static readonly TextRef SchedulesRefused = Catalog.Ref(nameof(SchedulesRefused));
    public static readonly TextRef StatusRefused = Catalog.Ref(nameof(StatusRefused));
}
