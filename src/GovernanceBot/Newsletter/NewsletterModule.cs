using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Demo;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using GovernanceBot.Newsletter.Polish;

namespace GovernanceBot.Newsletter;

/// <summary>
/// The quarterly newsletter "Data Science Info" (DESIGN §6): the comms team drafts the issue from the quarter's
/// facts, edits, reorders, polishes, previews, approves and schedules it on one card in their personal chat;
/// delivery sends it once per chosen newsletter channel, split into a thread when too large for one card.
/// Hubs add lessons learnt on their use cases; the comms team keeps the events list.
/// </summary>
public sealed class NewsletterModule : IFeatureModule
{
    public static readonly BotCommand Start = new("newsletter", "newsletter", "lettre d'information");
    public static readonly BotCommand Issues = new("newsletters", "newsletters");
    public static readonly BotCommand Lesson = new("retour d'expérience", "lesson learnt", "lesson learned");
    public static readonly BotCommand AddEvent = new("événement ajouter", "event add");
    public static readonly BotCommand Events = new("événements", "events");
    public static readonly BotCommand RemoveEvent = new("événement supprimer", "event remove");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Newsletter, NewsletterTexts.HelpTopicTitle, NewsletterTexts.HelpTopicDescription, Start)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewsletterOptions>()
            .Bind(configuration.GetSection(NewsletterOptions.Section))
            .Validate(o => o.RequiredApprovals is 1 or 2, "Newsletter:RequiredApprovals must be 1 or 2.")
            .Validate(o => KnownZone(o.TimeZone), "Newsletter:TimeZone must be a time zone id such as Europe/Paris.")
            .Validate(o => o.PolishTimeoutSeconds >= 1, "Newsletter:PolishTimeoutSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<NewsletterStore>();
        services.AddSingleton<NewsletterNotesStore>();
        services.AddSingleton<NewsletterFactsReader>();
        services.AddSingleton<SectionPolisher>();
        services.AddSingleton<PolishProposalStore>();
        services.AddSingleton<NewsletterDelivery>();
        services.AddSingleton<NewsletterFlow>();
        services.AddSingleton<NewsletterNotesCommands>();
        services.AddSingleton<IScheduledJobHandler, NewsletterJobHandler>();
        services.AddSingleton<IOutboxSendListener, NewsletterThreadReplies>();
        services.AddDemoData<NewsletterDemoData>();
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var flow = routes.Get<NewsletterFlow>();
        var commands = routes.Get<NewsletterNotesCommands>();
        var comms = RouteGuard.Permitted(Permission.EditNewsletter, NewsletterTexts.RefusedNotComms);
        // The editor shows one person's unapproved work: never in a channel.
        var editor = RouteGuard.PersonalChat(NewsletterTexts.PersonalChatOnly).And(comms);

        routes.OnCommand(Start, flow.StartAsync, editor);
        routes.OnCommand(Issues, commands.ListIssuesAsync, comms);
        routes.OnCommand(Lesson, commands.AddLessonAsync);
        routes.OnCommand(AddEvent, commands.AddEventAsync, comms);
        routes.OnCommand(Events, commands.ListEventsAsync, comms);
        routes.OnCommand(RemoveEvent, commands.RemoveEventAsync, comms);

        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.Open, flow.OpenAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.EditSection, flow.EditSectionAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.SaveSection, flow.SaveSectionAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.MoveUp, flow.MoveUpAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.MoveDown, flow.MoveDownAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.RemoveSection, flow.RemoveSectionAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.NewSection, flow.NewSectionAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.AddSection, flow.AddSectionAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.Polish, flow.PolishAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.AcceptPolish, flow.AcceptPolishAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.Preview, flow.PreviewAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.Approve, flow.ApproveAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.ScheduleForm, flow.ScheduleFormAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.Schedule, flow.ScheduleAsync, editor);
        routes.OnCardAction<NewsletterActionData>(NewsletterVerbs.CancelSchedule, flow.CancelScheduleAsync, editor);
    }

    private static bool KnownZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }
}
