using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Catalogue.Browse;
using GovernanceBot.Help;
using GovernanceBot.Modules;
using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue.Browse;

/// <summary>
/// "catalogue &lt;mots&gt;" / "catalog &lt;words&gt;" — or the command alone — browses both catalogues on
/// a card that pages and filters in place. Read-only and open to everyone, like questions.
/// </summary>
public sealed class CatalogueBrowseModule : IFeatureModule
{
    public static readonly BotCommand Browse = new("catalogue", "catalog", "catalogues", "catalogs");

    public IEnumerable<HelpTopic> HelpTopics =>
    [
        HelpTopic.For(HelpPosition.CatalogueBrowse, BrowseTexts.HelpTitle, BrowseTexts.HelpDescription, Browse, BrowseVerbs.Page),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // The catalogue itself (CatalogueService) is the Q&A module's; browsing only reads it.
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var catalogue = routes.Get<CatalogueService>();
        var logger = routes.Get<ILogger<CatalogueBrowseModule>>();
        routes.OnCommand(Browse, (turn, cancellationToken) => CommandAsync(catalogue, logger, turn, cancellationToken), repeatable: true);
        routes.OnCardAction<BrowseCardData>(BrowseVerbs.Page, (turn, data, cancellationToken) => ShowAsync(catalogue, logger, turn, data.Request, true, cancellationToken));
        routes.OnCardAction<BrowseCardData>(BrowseVerbs.Apply, (turn, data, cancellationToken) => ShowAsync(catalogue, logger, turn, data.Request, true, cancellationToken));
    }

    private static Task CommandAsync(CatalogueService catalogue, ILogger logger, ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Text.Trim();
        var words = Browse.Phrases.OrderByDescending(p => p.Length)
            .Where(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            .Select(p => text[p.Length..])
            .FirstOrDefault() ?? "";
        words = words.Trim(' ', ':', '?', '\n');
        if (words.Length > BrowseRequest.MaxWordsLength)
        {
            return turn.SendTextAsync(BrowseTexts.WordsTooLong.In(turn.Language()), cancellationToken);
        }
        return ShowAsync(catalogue, logger, turn, new BrowseRequest(words, BrowseFilters.None), false, cancellationToken);
    }

    private static async Task ShowAsync(CatalogueService catalogue, ILogger logger, ITurnContext turn, BrowseRequest request, bool inPlace, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        BrowseResult result;
        try
        {
            result = await catalogue.BrowseAsync(request, language, cancellationToken);
        }
        catch (StorageUnavailableException unavailable)
        {
            logger.LogWarning(unavailable, "Catalogue unavailable for a browse");
            if (inPlace) await turn.RespondWithMessageAsync(CatalogueTexts.StorageUnavailable.In(language), cancellationToken);
            else await turn.SendTextAsync(CatalogueTexts.StorageUnavailable.In(language), cancellationToken);
            return;
        }
        var card = BrowseCard.Build(result, language);
        if (inPlace) await turn.ReplaceCardAsync(card, cancellationToken);
        else await turn.SendCardAsync(card, cancellationToken);
    }
}
