using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Turns;

/// <summary>Reads the verb and data of Action.Execute invokes and Action.Submit messages alike.</summary>
internal static class CardActionParser
{
    public static CardActionData? Parse(Activity activity)
    {
        if (activity.IsInvoke)
        {
            if (!string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase)) return null;
            var action = (activity.Value as JsonObject)?["action"] as JsonObject;
            var verb = Verb(action?["verb"]);
            return new CardActionData(verb ?? "", CopyObject(action?["data"]), IsInvoke: true);
        }

        if (ActivityTypes.Is(activity.Type, ActivityTypes.Message) && activity.Value is JsonObject value)
        {
            var verb = Verb(value[CardActionData.SubmitVerbProperty]);
            if (verb is null) return null;
            return new CardActionData(verb, CopyObject(value), IsInvoke: false);
        }

        return null;
    }

    /// <summary>
    /// Verbs are short names like "maturity.answer": one holding control or formatting characters is no verb
    /// the bot routes, and is dropped here so that it never reaches a log line.
    /// </summary>
    private static string? Verb(JsonNode? node) =>
        JsonText.Of(node) is { } verb && verb.Length <= MaxVerbLength && LogText.IsClean(verb) ? verb : null;

    private const int MaxVerbLength = 100;

    private static JsonObject CopyObject(JsonNode? node) => node is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject();
}
