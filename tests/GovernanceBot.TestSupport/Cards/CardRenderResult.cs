namespace GovernanceBot.TestSupport.Cards;

/// <summary>
/// A card rendered in Chromium: its visible text, its actions, its input ids, the screenshot path
/// and, when a click was asked, what the host would send (verb and data with the inputs); <see cref="ClippedTexts"/>
/// lists text drawn partly outside the card or a box that hides its overflow (a reader cannot see it whole).
/// </summary>
public sealed record CardRenderResult(
    string Name,
    string Text,
    IReadOnlyList<CardActionInfo> Actions,
    IReadOnlyList<string> InputIds,
    string? Screenshot,
    CardActionInfo? Clicked,
    IReadOnlyList<string> ClippedTexts);
