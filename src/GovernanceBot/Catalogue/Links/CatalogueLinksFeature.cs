using GovernanceBot.Help;
using GovernanceBot.Hosting.StartUp;
using GovernanceBot.Identity;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// The catalogue links' part of the catalogue module: its services, its routes (all for the central team and
/// admins, checked against the caller's stored roles on every command and click) and its help topic.
/// </summary>
public static class CatalogueLinksFeature
{
    public static HelpTopic HelpTopic =>
        HelpTopic.For(HelpPosition.CatalogueLinks, CatalogueLinkTexts.HelpTopicTitle, CatalogueLinkTexts.HelpTopicDescription, CatalogueLinkCommands.Link);

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<CatalogueLinkStore>();
        services.AddSingleton<CatalogueLinkBook>();
        services.AddSingleton<LinkSuggestionRefresh>();
        services.AddSingleton<RecordCards>();
        services.AddSingleton<LinkFlow>();
        services.AddStartupTask<LinkSuggestionsWarmUp>();
    }

    public static void MapRoutes(FeatureRoutes routes)
    {
        var flow = routes.Get<LinkFlow>();
        var curators = RouteGuard.Permitted(Permission.CurateCatalogueLinks, CatalogueLinkTexts.Refused);
        routes.OnCommand(CatalogueLinkCommands.Link, flow.LinkAsync, curators);
        routes.OnCommand(CatalogueLinkCommands.Unlink, flow.UnlinkAsync, curators);
        routes.OnCardAction<LinkChoiceData>(CatalogueLinkVerbs.Pick, flow.PickAsync, curators);
        routes.OnCardAction<LinkPairData>(CatalogueLinkVerbs.Confirm, flow.ConfirmAsync, curators);
        routes.OnCardAction<LinkPairData>(CatalogueLinkVerbs.Reject, flow.RejectAsync, curators);
        routes.OnCardAction<LinkPairData>(CatalogueLinkVerbs.Unlink, flow.UnlinkCardAsync, curators);
    }
}
