using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Localization;

namespace GovernanceBot.Newsletter;

/// <summary>The FR/EN texts of Newsletter.texts.json, one checked reference per key, and the composer's wording built from them.</summary>
internal static class NewsletterTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Newsletter.texts.json");

    public static readonly TextRef HelpTopicTitle = Catalog.Ref(nameof(HelpTopicTitle));
    public static readonly TextRef HelpTopicDescription = Catalog.Ref(nameof(HelpTopicDescription));
    public static readonly TextRef PersonalChatOnly = Catalog.Ref(nameof(PersonalChatOnly));
    public static readonly TextRef RefusedNotComms = Catalog.Ref(nameof(RefusedNotComms));
    public static readonly TextRef CardDataInvalid = Catalog.Ref(nameof(CardDataInvalid));
    public static readonly TextRef JobName = Catalog.Ref(nameof(JobName));
    public static readonly TextRef PostTitle = Catalog.Ref(nameof(PostTitle));
    public static readonly TextRef PostTagline = Catalog.Ref(nameof(PostTagline));
    public static readonly TextRef PostContinued = Catalog.Ref(nameof(PostContinued));
    public static readonly TextRef PostMoreBelow = Catalog.Ref(nameof(PostMoreBelow));
    public static readonly TextRef StatusSent = Catalog.Ref(nameof(StatusSent));
    public static readonly TextRef StatusScheduled = Catalog.Ref(nameof(StatusScheduled));
    public static readonly TextRef StatusApproved = Catalog.Ref(nameof(StatusApproved));
    public static readonly TextRef StatusAwaitingSecond = Catalog.Ref(nameof(StatusAwaitingSecond));
    public static readonly TextRef StatusDraft = Catalog.Ref(nameof(StatusDraft));
    public static readonly TextRef TimeFormat = Catalog.Ref(nameof(TimeFormat));
    public static readonly TextRef SourcesLine = Catalog.Ref(nameof(SourcesLine));
    public static readonly TextRef SourceNone = Catalog.Ref(nameof(SourceNone));
    public static readonly TextRef SourceUseCase = Catalog.Ref(nameof(SourceUseCase));
    public static readonly TextRef SourceRegistry = Catalog.Ref(nameof(SourceRegistry));
    public static readonly TextRef SourceLesson = Catalog.Ref(nameof(SourceLesson));
    public static readonly TextRef SourceStandards = Catalog.Ref(nameof(SourceStandards));
    public static readonly TextRef SourceEvents = Catalog.Ref(nameof(SourceEvents));
    public static readonly TextRef SourceWritten = Catalog.Ref(nameof(SourceWritten));
    public static readonly TextRef RefusedAlreadySent = Catalog.Ref(nameof(RefusedAlreadySent));
    public static readonly TextRef RefusedStale = Catalog.Ref(nameof(RefusedStale));
    public static readonly TextRef RefusedUnknownSection = Catalog.Ref(nameof(RefusedUnknownSection));
    public static readonly TextRef RefusedTitleRequired = Catalog.Ref(nameof(RefusedTitleRequired));
    public static readonly TextRef RefusedTitleTooLong = Catalog.Ref(nameof(RefusedTitleTooLong));
    public static readonly TextRef RefusedBodyRequired = Catalog.Ref(nameof(RefusedBodyRequired));
    public static readonly TextRef RefusedBodyTooLong = Catalog.Ref(nameof(RefusedBodyTooLong));
    public static readonly TextRef RefusedTooManySections = Catalog.Ref(nameof(RefusedTooManySections));
    public static readonly TextRef RefusedNoSections = Catalog.Ref(nameof(RefusedNoSections));
    public static readonly TextRef RefusedAlreadyApproved = Catalog.Ref(nameof(RefusedAlreadyApproved));
    public static readonly TextRef RefusedNotApproved = Catalog.Ref(nameof(RefusedNotApproved));
    public static readonly TextRef RefusedPastTime = Catalog.Ref(nameof(RefusedPastTime));
    public static readonly TextRef RefusedTooFar = Catalog.Ref(nameof(RefusedTooFar));
    public static readonly TextRef RefusedNoChannel = Catalog.Ref(nameof(RefusedNoChannel));
    public static readonly TextRef RefusedNotScheduled = Catalog.Ref(nameof(RefusedNotScheduled));
    public static readonly TextRef FactsMissing = Catalog.Ref(nameof(FactsMissing));
    public static readonly TextRef FactsAdded = Catalog.Ref(nameof(FactsAdded));
    public static readonly TextRef PolishRefusedFacts = Catalog.Ref(nameof(PolishRefusedFacts));
    public static readonly TextRef EditorTitle = Catalog.Ref(nameof(EditorTitle));
    public static readonly TextRef EditorEmpty = Catalog.Ref(nameof(EditorEmpty));
    public static readonly TextRef EditButton = Catalog.Ref(nameof(EditButton));
    public static readonly TextRef UpButton = Catalog.Ref(nameof(UpButton));
    public static readonly TextRef DownButton = Catalog.Ref(nameof(DownButton));
    public static readonly TextRef PolishButton = Catalog.Ref(nameof(PolishButton));
    public static readonly TextRef RemoveButton = Catalog.Ref(nameof(RemoveButton));
    public static readonly TextRef EditHeading = Catalog.Ref(nameof(EditHeading));
    public static readonly TextRef SaveButton = Catalog.Ref(nameof(SaveButton));
    public static readonly TextRef NewHeading = Catalog.Ref(nameof(NewHeading));
    public static readonly TextRef AddButton = Catalog.Ref(nameof(AddButton));
    public static readonly TextRef TitleLabel = Catalog.Ref(nameof(TitleLabel));
    public static readonly TextRef BodyLabel = Catalog.Ref(nameof(BodyLabel));
    public static readonly TextRef PolishHeading = Catalog.Ref(nameof(PolishHeading));
    public static readonly TextRef BeforeLabel = Catalog.Ref(nameof(BeforeLabel));
    public static readonly TextRef AfterLabel = Catalog.Ref(nameof(AfterLabel));
    public static readonly TextRef PolishFactsKept = Catalog.Ref(nameof(PolishFactsKept));
    public static readonly TextRef AcceptButton = Catalog.Ref(nameof(AcceptButton));
    public static readonly TextRef DiscardButton = Catalog.Ref(nameof(DiscardButton));
    public static readonly TextRef ScheduleHeading = Catalog.Ref(nameof(ScheduleHeading));
    public static readonly TextRef TimeZoneLine = Catalog.Ref(nameof(TimeZoneLine));
    public static readonly TextRef NoChannelRegistered = Catalog.Ref(nameof(NoChannelRegistered));
    public static readonly TextRef DateLabel = Catalog.Ref(nameof(DateLabel));
    public static readonly TextRef DateRequired = Catalog.Ref(nameof(DateRequired));
    public static readonly TextRef TimeLabel = Catalog.Ref(nameof(TimeLabel));
    public static readonly TextRef TimeUnreadable = Catalog.Ref(nameof(TimeUnreadable));
    public static readonly TextRef ChannelsLabel = Catalog.Ref(nameof(ChannelsLabel));
    public static readonly TextRef ScheduleButton = Catalog.Ref(nameof(ScheduleButton));
    public static readonly TextRef PreviewButton = Catalog.Ref(nameof(PreviewButton));
    public static readonly TextRef ApproveButton = Catalog.Ref(nameof(ApproveButton));
    public static readonly TextRef ScheduleFormButton = Catalog.Ref(nameof(ScheduleFormButton));
    public static readonly TextRef RescheduleButton = Catalog.Ref(nameof(RescheduleButton));
    public static readonly TextRef CancelScheduleButton = Catalog.Ref(nameof(CancelScheduleButton));
    public static readonly TextRef NewSectionButton = Catalog.Ref(nameof(NewSectionButton));
    public static readonly TextRef BackButton = Catalog.Ref(nameof(BackButton));
    public static readonly TextRef Composed = Catalog.Ref(nameof(Composed));
    public static readonly TextRef Resumed = Catalog.Ref(nameof(Resumed));
    public static readonly TextRef AlreadySentThisQuarter = Catalog.Ref(nameof(AlreadySentThisQuarter));
    public static readonly TextRef Saved = Catalog.Ref(nameof(Saved));
    public static readonly TextRef Moved = Catalog.Ref(nameof(Moved));
    public static readonly TextRef Removed = Catalog.Ref(nameof(Removed));
    public static readonly TextRef Added = Catalog.Ref(nameof(Added));
    public static readonly TextRef Approved = Catalog.Ref(nameof(Approved));
    public static readonly TextRef ScheduleCancelled = Catalog.Ref(nameof(ScheduleCancelled));
    public static readonly TextRef Scheduled = Catalog.Ref(nameof(Scheduled));
    public static readonly TextRef PolishNoChange = Catalog.Ref(nameof(PolishNoChange));
    public static readonly TextRef PolishUnavailable = Catalog.Ref(nameof(PolishUnavailable));
    public static readonly TextRef PolishTimedOut = Catalog.Ref(nameof(PolishTimedOut));
    public static readonly TextRef PolishFailed = Catalog.Ref(nameof(PolishFailed));
    public static readonly TextRef PolishGone = Catalog.Ref(nameof(PolishGone));
    public static readonly TextRef PolishAccepted = Catalog.Ref(nameof(PolishAccepted));
    public static readonly TextRef PreviewSent = Catalog.Ref(nameof(PreviewSent));
    public static readonly TextRef NothingChanged = Catalog.Ref(nameof(NothingChanged));
    public static readonly TextRef ApprovalVoided = Catalog.Ref(nameof(ApprovalVoided));
    public static readonly TextRef LessonUsage = Catalog.Ref(nameof(LessonUsage));
    public static readonly TextRef LessonTooLong = Catalog.Ref(nameof(LessonTooLong));
    public static readonly TextRef LessonUnknownUseCase = Catalog.Ref(nameof(LessonUnknownUseCase));
    public static readonly TextRef LessonNotYourHub = Catalog.Ref(nameof(LessonNotYourHub));
    public static readonly TextRef LessonAdded = Catalog.Ref(nameof(LessonAdded));
    public static readonly TextRef EventUsage = Catalog.Ref(nameof(EventUsage));
    public static readonly TextRef EventPast = Catalog.Ref(nameof(EventPast));
    public static readonly TextRef EventTooLong = Catalog.Ref(nameof(EventTooLong));
    public static readonly TextRef EventAdded = Catalog.Ref(nameof(EventAdded));
    public static readonly TextRef EventsEmpty = Catalog.Ref(nameof(EventsEmpty));
    public static readonly TextRef EventsTitle = Catalog.Ref(nameof(EventsTitle));
    public static readonly TextRef EventListLine = Catalog.Ref(nameof(EventListLine));
    public static readonly TextRef EventListPlace = Catalog.Ref(nameof(EventListPlace));
    public static readonly TextRef EventRemoveUsage = Catalog.Ref(nameof(EventRemoveUsage));
    public static readonly TextRef EventNotFound = Catalog.Ref(nameof(EventNotFound));
    public static readonly TextRef EventRemoved = Catalog.Ref(nameof(EventRemoved));
    public static readonly TextRef EventKindTechTalk = Catalog.Ref(nameof(EventKindTechTalk));
    public static readonly TextRef EventKindTraining = Catalog.Ref(nameof(EventKindTraining));
    public static readonly TextRef EventKindWorkshop = Catalog.Ref(nameof(EventKindWorkshop));
    public static readonly TextRef EventKindOther = Catalog.Ref(nameof(EventKindOther));
    public static readonly TextRef IssuesEmpty = Catalog.Ref(nameof(IssuesEmpty));
    public static readonly TextRef IssuesTitle = Catalog.Ref(nameof(IssuesTitle));
    public static readonly TextRef IssueLine = Catalog.Ref(nameof(IssueLine));
    public static readonly TextRef IssueDelivery = Catalog.Ref(nameof(IssueDelivery));
    public static readonly TextRef IssueFailure = Catalog.Ref(nameof(IssueFailure));
    public static readonly TextRef WordingProgressTitle = Catalog.Ref(nameof(WordingProgressTitle));
    public static readonly TextRef WordingProgressBody = Catalog.Ref(nameof(WordingProgressBody));
    public static readonly TextRef WordingLaunchesTitle = Catalog.Ref(nameof(WordingLaunchesTitle));
    public static readonly TextRef WordingLaunchLine = Catalog.Ref(nameof(WordingLaunchLine));
    public static readonly TextRef WordingNoImpact = Catalog.Ref(nameof(WordingNoImpact));
    public static readonly TextRef WordingNoContact = Catalog.Ref(nameof(WordingNoContact));
    public static readonly TextRef WordingLessonsTitle = Catalog.Ref(nameof(WordingLessonsTitle));
    public static readonly TextRef WordingLessonLine = Catalog.Ref(nameof(WordingLessonLine));
    public static readonly TextRef WordingStandardsTitle = Catalog.Ref(nameof(WordingStandardsTitle));
    public static readonly TextRef WordingStandardLine = Catalog.Ref(nameof(WordingStandardLine));
    public static readonly TextRef WordingEventsTitle = Catalog.Ref(nameof(WordingEventsTitle));
    public static readonly TextRef WordingEventLine = Catalog.Ref(nameof(WordingEventLine));
    public static readonly TextRef WordingEventPlace = Catalog.Ref(nameof(WordingEventPlace));
    public static readonly TextRef WordingChampionTitle = Catalog.Ref(nameof(WordingChampionTitle));
    public static readonly TextRef WordingChampionBody = Catalog.Ref(nameof(WordingChampionBody));

    public static string EventKind(Domain.Newsletter.EventKind kind, Language language) => kind switch
    {
        Domain.Newsletter.EventKind.TechTalk => EventKindTechTalk.In(language),
        Domain.Newsletter.EventKind.Training => EventKindTraining.In(language),
        Domain.Newsletter.EventKind.Workshop => EventKindWorkshop.In(language),
        _ => EventKindOther.In(language),
    };

    /// <summary>The composer's phrases in <paramref name="language"/>; templates name their blanks ({title}…), read raw.</summary>
    public static NewsletterWording Wording(Language language) => new(
        language,
        WordingProgressTitle.In(language), WordingProgressBody.In(language),
        WordingLaunchesTitle.In(language), WordingLaunchLine.In(language), WordingNoImpact.In(language), WordingNoContact.In(language),
        WordingLessonsTitle.In(language), WordingLessonLine.In(language),
        WordingStandardsTitle.In(language), WordingStandardLine.In(language),
        WordingEventsTitle.In(language), WordingEventLine.In(language), WordingEventPlace.In(language),
        WordingChampionTitle.In(language), WordingChampionBody.In(language),
        Enum.GetValues<Domain.Newsletter.EventKind>().ToDictionary(k => k, k => EventKind(k, language)));
}
