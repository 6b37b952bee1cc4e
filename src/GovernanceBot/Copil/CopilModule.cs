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
/// the Copil keeps between sessions.
/// </summary>
public sealed class CopilModule : IFeatureModule
{
    public static readonly BotCommand Priorities = new("priorités", "priorities", "priorites");
    public static readonly BotCommand Kpi = new("kpi", "kpi", "kpis", "indicateurs");
    public static readonly BotCommand Agenda = new("ordre du jour", "agenda");
    public static readonly BotCommand AddStandard = new("norme ajouter", "standard add");
    public static readonly BotCommand AddAction = new("action ajouter", "action add");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Copil, CopilTexts.HelpTopicTitle, CopilTexts.HelpTopicDescription, Priorities)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CopilOptions>().Bind(configuration.GetSection(CopilOptions.Section));
        // Weights are checked at startup: a negative weight in configuration stops the bot rather than skewing rankings.
        services.AddSingleton(provider => new PriorityScoring(provider.GetRequiredService<IOptions<CopilOptions>>().Value.Weights, provider.GetRequiredService<IndustrialisationScoring>()));
        services.AddSingleton<CopilRegistry>();
        services.AddSingleton<CopilNoteStore>();
        services.AddSingleton<CopilFlow>();
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
    }
}
