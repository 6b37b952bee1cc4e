using GovernanceBot.Copil.Cards;
using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Copil;

/// <summary>
/// The Copil (DESIGN §4.9, §5, §8): evaluated use cases ranked on value and feasibility with the quadrant
/// chart, the KPIs computed from the registry's history, the agenda preview, and the standards and actions
/// the Copil keeps between sessions; planned sessions whose agenda opens a thread in the Copil channel with a
/// decision card per case, decided on the card, and the decisions digest in the same thread.
/// </summary>
public sealed class CopilModule : IFeatureModule
{
    public static readonly BotCommand Priorities = new("priorités", "priorities", "priorites");
    public static readonly BotCommand Kpi = new("kpi", "kpi", "kpis", "indicateurs");
    public static readonly BotCommand Agenda = new("ordre du jour", "agenda");
    public static readonly BotCommand AddStandard = new("norme ajouter", "standard add");
    public static readonly BotCommand AddAction = new("action ajouter", "action add");
    public static readonly BotCommand Plan = new("copil planifier", "copil schedule");
    public static readonly BotCommand AgendaAdd = new("ordre du jour ajouter", "agenda add");
    public static readonly BotCommand AgendaRemove = new("ordre du jour retirer", "agenda remove");
    public static readonly BotCommand AgendaRestore = new("ordre du jour remettre", "agenda restore");
    public static readonly BotCommand Digest = new("copil synthèse", "copil digest", "copil synthese");
    public static readonly BotCommand Criteria = new("copil critères", "copil criteria", "copil criteres");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Copil, CopilTexts.HelpTopicTitle, CopilTexts.HelpTopicDescription, Priorities)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CopilOptions>().Bind(configuration.GetSection(CopilOptions.Section));
        // Weights are checked at startup: a negative weight in configuration stops the bot rather than skewing rankings.
        services.AddSingleton(provider => new PriorityScoring(provider.GetRequiredService<IOptions<CopilOptions>>().Value.Weights, provider.GetRequiredService<IndustrialisationScoring>()));
        services.AddSingleton<CopilRegistry>();
        services.AddSingleton<CopilNoteStore>();
        services.AddSingleton<CopilFlow>();
        services.AddSingleton<CopilSessionStore>();
        services.AddSingleton<CopilAgendas>();
        services.AddSingleton<CopilThreads>();
        services.AddSingleton<CopilDecisionFlow>();
        services.AddSingleton<CopilSessionFlow>();
        services.AddSingleton<IScheduledJobHandler, CopilAgendaJob>();
        services.AddSingleton<IScheduledJobHandler, CopilDigestJob>();
        services.AddSingleton<IOutboxSendListener, CopilThreadListener>();
        services.AddSingleton<CopilThreadKeeper>();
        services.AddHostedService(provider => new EnabledOnly<CopilThreadKeeper>(provider));
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var flow = routes.Get<CopilFlow>();
        var managers = RouteGuard.Permitted(Permission.ViewAllUseCases, CopilTexts.PrioritiesRefused);
        var notesKeepers = RouteGuard.Permitted(Permission.ViewAllUseCases, CopilTexts.NotesRefused);
        routes.OnCommand(Priorities, flow.PrioritiesAsync, managers);
        routes.OnCommand(Kpi, flow.KpiAsync, RouteGuard.Permitted(Permission.ViewAllUseCases, CopilTexts.KpiRefused));
        routes.OnCommand(Agenda, flow.AgendaAsync, managers);
        routes.OnCommand(AddStandard, flow.AddStandardAsync, notesKeepers);
        routes.OnCommand(AddAction, flow.AddActionAsync, notesKeepers);

        var sessions = routes.Get<CopilSessionFlow>();
        var preparers = RouteGuard.Permitted(Permission.PrepareCopil, CopilTexts.PrepareRefused);
        routes.OnCommand(Plan, sessions.PlanAsync, preparers);
        routes.OnCommand(AgendaAdd, sessions.AddItemAsync, preparers);
        routes.OnCommand(AgendaRemove, sessions.RemoveItemAsync, preparers);
        routes.OnCommand(AgendaRestore, sessions.RestoreItemAsync, preparers);
        routes.OnCommand(Criteria, sessions.CriteriaAsync, preparers);
        routes.OnCommand(Digest, sessions.DigestAsync, managers);
        // Who may decide is checked in the handler against the caller's stored roles, so a non-member gets the Copil's own refusal.
        routes.OnCardAction<CopilDecisionData>(DecisionCard.Verb, routes.Get<CopilDecisionFlow>().DecideAsync);
    }
}
