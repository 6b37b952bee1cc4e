using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using GovernanceBot.Modules;

namespace GovernanceBot.Delivery;

/// <summary>
/// Proactive delivery: channel registration and team tracking, stored schedules with typed jobs, and the
/// outbox that sends each message exactly once within Teams' limits. Other features register job types
/// (<see cref="IScheduledJobHandler"/>) and enqueue messages through <see cref="Outbox.IOutbox"/>.
/// </summary>
public sealed class DeliveryModule : IFeatureModule
{
    public static readonly BotCommand Register = new("enregistrer", "register");
    public static readonly BotCommand Unregister = new("désenregistrer", "unregister");
    public static readonly BotCommand Channels = new("canaux", "channels");
    public static readonly BotCommand Schedules = new("planifications", "schedules");
    public static readonly BotCommand Schedule = new("planifier", "schedule");
    public static readonly BotCommand PauseJob = new("suspendre planification", "pause schedule");
    public static readonly BotCommand ResumeJob = new("reprendre planification", "resume schedule");
    public static readonly BotCommand DeleteJob = new("supprimer planification", "delete schedule");
    public static readonly BotCommand RunJob = new("exécuter planification", "run schedule");
    public static readonly BotCommand Status = new("état des envois", "delivery status");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Delivery, DeliveryTexts.HelpTopicTitle, DeliveryTexts.HelpTopicDescription, Channels)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutbox(configuration);
        services.AddSingleton<ChannelStore>();
        services.AddSingleton<ChannelTracking>();
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<Scheduler>();
        services.AddSingleton<IScheduledJobHandler, ReminderJobHandler>();
        services.AddSingleton<SchedulerService>();
        services.AddHostedService(provider => new EnabledOnly<SchedulerService>(provider));
        services.AddSingleton<DeliveryCommands>();
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var commands = routes.Get<DeliveryCommands>();
        var tracking = routes.Get<ChannelTracking>();
        routes.OnConversationUpdate(tracking.HandleAsync);
        routes.OnInstallationUpdate(tracking.HandleAsync);

        var channels = RouteGuard.Permitted(Permission.ManageChannels, DeliveryTexts.ChannelsRefused);
        var schedules = RouteGuard.Permitted(Permission.ManageSchedules, DeliveryTexts.SchedulesRefused);
        routes.OnCommand(Register, commands.RegisterAsync, channels);
        routes.OnCommand(Unregister, commands.UnregisterAsync, channels);
        routes.OnCommand(Channels, commands.ListChannelsAsync, channels);
        routes.OnCommand(Schedules, commands.ListSchedulesAsync, schedules);
        routes.OnCommand(Schedule, commands.ScheduleAsync, schedules);
        routes.OnCommand(PauseJob, commands.PauseAsync, schedules);
        routes.OnCommand(ResumeJob, commands.ResumeAsync, schedules);
        routes.OnCommand(DeleteJob, commands.DeleteAsync, schedules);
        routes.OnCommand(RunJob, commands.RunNowAsync, schedules);
        routes.OnCommand(Status, commands.StatusAsync, RouteGuard.Permitted(Permission.ViewDeliveryStatus, DeliveryTexts.StatusRefused));
    }
}
