using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;

namespace GovernanceBot.Modules;

/// <summary>
/// Marks a button that starts a feature from a card which must stay in the chat (the help card): the
/// feature's first card then arrives as a new message instead of replacing the card the user clicked on.
/// </summary>
public static class OpenedFrom
{
    public const string Property = "openedFrom";

    /// <summary>Data for a button that opens a feature below the card it sits on.</summary>
    public static JsonObject KeepingThisCard(string origin) => new() { [Property] = origin };

    internal static bool KeepsCard(ITurnContext turn) => !string.IsNullOrEmpty(turn.CardAction?.GetString(Property));
}
