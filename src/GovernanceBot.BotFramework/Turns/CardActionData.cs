using System.Text.Json.Nodes;

namespace GovernanceBot.BotFramework.Turns;

/// <summary>
/// A card action as the bot sees it, whichever way it arrived: the verb and the merged data (the action's
/// own data plus the card's input values).
/// </summary>
/// <param name="Verb">The action verb (Action.Execute) or the <c>verb</c> field of Action.Submit data.</param>
/// <param name="Data">Action data merged with input values; never null.</param>
/// <param name="IsInvoke">True for Action.Execute, whose answer replaces the card in place.</param>
public sealed record CardActionData(string Verb, JsonObject Data, bool IsInvoke)
{
    /// <summary>The data property that carries the verb in Action.Submit payloads.</summary>
    public const string SubmitVerbProperty = "verb";

    public string? GetString(string name) =>
        Data.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue(out string? s) ? s : node?.ToString();
}
