using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Browse;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Browse;

/// <summary>
/// What the browse card carries: the words, filters and page it shows (on Previous / Next), or — for
/// Apply — the values of its inputs. Read defensively: unknown kinds, statuses and data choices, over-long
/// values and pages that are not whole numbers are refused with a reason; organisations, hubs and themes
/// are checked against the catalogue by the browse itself, which drops unknown ones and says so.
/// </summary>
public sealed record BrowseCardData(BrowseRequest Request) : ICardData<BrowseCardData>
{
    public const int MaxValueLength = 200;

    /// <summary>The "any" choice of a filter (a choice needs a value; no record holds this one).</summary>
    public const string AnyValue = "*";

    /// <summary>Ids of the card's inputs, read when Apply is clicked.</summary>
    public static class Inputs
    {
        public const string Words = "browseWords";
        public const string Kind = "browseKind";
        public const string Organisation = "browseOrganisation";
        public const string Hub = "browseHub";
        public const string Status = "browseStatus";
        public const string Theme = "browseTheme";
        public const string Data = "browseData";
    }

    public JsonObject ToJson()
    {
        var filters = Request.Filters;
        var data = new JsonObject { ["words"] = Request.Words, ["page"] = Request.Page };
        if (filters.Kind is { } kind) data["kind"] = KindToken(kind);
        if (filters.Organisation is { } organisation) data["organisation"] = organisation;
        if (filters.Hub is { } hub) data["hub"] = hub;
        if (filters.Status is { } status) data["status"] = StatusToken(status);
        if (filters.Theme is { } theme) data["theme"] = theme;
        if (filters.Data is { } concern) data["data"] = ConcernToken(concern);
        return data;
    }

    public static BrowseCardData Read(CardActionData action)
    {
        var apply = action.Verb == BrowseVerbs.Apply;
        string? Field(string state, string input) => Value(action, apply ? input : state);
        var filters = new BrowseFilters
        {
            Kind = Field("kind", Inputs.Kind) is { } kind ? ParseKind(kind) : null,
            Organisation = Field("organisation", Inputs.Organisation),
            Hub = Field("hub", Inputs.Hub),
            Status = Field("status", Inputs.Status) is { } status ? ParseStatus(status) : null,
            Theme = Field("theme", Inputs.Theme),
            Data = Field("data", Inputs.Data) is { } concern ? ParseConcern(concern) : null,
        };
        var words = (apply ? action.GetString(Inputs.Words) : action.GetString("words"))?.Trim() ?? "";
        if (words.Length > BrowseRequest.MaxWordsLength) throw new CardDataException(BrowseTexts.WordsTooLong.Localized);
        return new BrowseCardData(new BrowseRequest(words, filters, apply ? 1 : Page(action)));
    }

    public static string KindToken(CatalogueKind kind) => kind == CatalogueKind.UseCases ? "usecase" : "dataset";

    public static string StatusToken(UseCaseStatus status) => status.ToString().ToLowerInvariant();

    public static string ConcernToken(DataConcern concern) => concern == DataConcern.PersonalData ? "personal" : "nonpublic";

    /// <summary>The page asked for; absent is the first. Zero and negative pages reach the browse, which shows the first and says so.</summary>
    private static int Page(CardActionData action)
    {
        var text = action.GetString("page");
        if (string.IsNullOrWhiteSpace(text)) return 1;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var page)
            ? page
            : throw new CardDataException(BrowseTexts.BadPage.Localized);
    }

    private static string? Value(CardActionData action, string name)
    {
        var value = action.GetString(name)?.Trim();
        if (string.IsNullOrEmpty(value) || value == AnyValue) return null;
        return value.Length > MaxValueLength ? throw new CardDataException(BrowseTexts.BadFilter.Localized) : value;
    }

    private static CatalogueKind ParseKind(string token) => token switch
    {
        "usecase" => CatalogueKind.UseCases,
        "dataset" => CatalogueKind.Datasets,
        _ => throw new CardDataException(BrowseTexts.BadFilter.Localized),
    };

    private static UseCaseStatus ParseStatus(string token) =>
        Enum.GetValues<UseCaseStatus>().Where(s => StatusToken(s) == token).Select(s => (UseCaseStatus?)s).FirstOrDefault()
            ?? throw new CardDataException(BrowseTexts.BadFilter.Localized);

    private static DataConcern ParseConcern(string token) => token switch
    {
        "personal" => DataConcern.PersonalData,
        "nonpublic" => DataConcern.NonPublic,
        _ => throw new CardDataException(BrowseTexts.BadFilter.Localized),
    };
}
