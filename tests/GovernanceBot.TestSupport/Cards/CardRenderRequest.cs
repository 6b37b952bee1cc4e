using System.Text.Json.Nodes;

namespace GovernanceBot.TestSupport.Cards;

/// <summary>
/// One card to render. <paramref name="Screenshot"/>: PNG path (relative paths land under
/// artifacts/test); <paramref name="Inputs"/>: text typed into inputs by id before clicking;
/// <paramref name="Click"/>: the title of the button to click.
/// </summary>
public sealed record CardRenderRequest(
    string Name,
    JsonObject Card,
    string? Screenshot = null,
    IReadOnlyDictionary<string, string>? Inputs = null,
    string? Click = null,
    int Width = 540);
