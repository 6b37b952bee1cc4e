using System.Text.Json.Nodes;
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
            var verb = JsonText.Of(action?["verb"]);
            return new CardActionData(verb ?? "", CopyObject(action?["data"]), IsInvoke: true);
        }

        if (ActivityTypes.Is(activity.Type, ActivityTypes.Message) && activity.Value is JsonObject value)
        {
            var verb = JsonText.Of(value[CardActionData.SubmitVerbProperty]);
            if (verb is null) return null;
            return new CardActionData(verb, CopyObject(value), IsInvoke: false);
        }

        return null;
    }

    private static JsonObject CopyObject(JsonNode? node) => node is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject();
}
