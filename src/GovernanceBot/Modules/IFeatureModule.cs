using GovernanceBot.Help;

namespace GovernanceBot.Modules;

/// <summary>
/// Everything one feature brings to the bot, declared in one class (e.g. <c>Maturity/MaturityModule.cs</c>):
/// its services (stores, flows, demo data), its routes with their guards, and how the help card lists it.
/// Texts live beside it in a <c>*.texts.json</c> file reached through a static class of <see cref="Localization.TextRef"/>s.
/// </summary>
public interface IFeatureModule
{
    /// <summary>Registers the feature's services; demo data through <c>services.AddDemoData&lt;T&gt;()</c>.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Declares commands, card verbs and lifecycle handlers, each with its guard.</summary>
    void MapRoutes(FeatureRoutes routes);

    /// <summary>The lines the help card shows for this feature (none for plumbing features).</summary>
    IEnumerable<HelpTopic> HelpTopics { get; }
}
