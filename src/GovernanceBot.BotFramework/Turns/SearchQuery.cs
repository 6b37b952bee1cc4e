using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Turns;

/// <summary>
/// What a typeahead choice set asks for in an <c>application/search</c> invoke: its dataset, the text typed so
/// far and the page (<c>queryOptions.skip</c> / <c>top</c>). Read defensively: bad paging becomes the first page.
/// </summary>
public sealed record SearchQuery(string Dataset, string Text, int Skip, int Top)
{
    /// <summary>Teams shows at most this many choices; a larger <c>top</c> is cut to it.</summary>
    public const int MaxTop = 15;

    /// <summary>Longer text is no search anyone typed: it is cut before it reaches a search engine.</summary>
    public const int MaxTextLength = 200;

    public static SearchQuery? From(Activity activity)
    {
        if (!activity.IsInvoke || !string.Equals(activity.Name, InvokeNames.Search, StringComparison.OrdinalIgnoreCase)) return null;
        if (activity.Value is not JsonObject value || JsonText.Of(value["dataset"]) is not { Length: > 0 and <= 100 } dataset || !LogText.IsClean(dataset)) return null;
        var text = JsonText.Of(value["queryText"]) ?? "";
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var options = value["queryOptions"] as JsonObject;
        var skip = Number(options?["skip"]) is { } s and >= 0 and <= 10_000 ? s : 0;
        var top = Number(options?["top"]) is { } t and > 0 ? Math.Min(t, MaxTop) : MaxTop;
        return new SearchQuery(dataset, text.Trim(), skip, top);
    }

    private static int? Number(JsonNode? node) =>
        node is JsonValue v && (v.TryGetValue<int>(out var n) || int.TryParse(JsonText.Of(v), out n)) ? n : null;
}
