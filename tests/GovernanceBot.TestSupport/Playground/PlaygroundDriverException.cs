namespace GovernanceBot.TestSupport.Playground;

/// <summary>A UI step failed in the Playground; says what was on screen (a screenshot and the cards' texts).</summary>
public sealed class PlaygroundDriverException(string message, string? screenshot, IReadOnlyList<string> visibleCards)
    : Exception(Describe(message, screenshot, visibleCards))
{
    public string? Screenshot { get; } = screenshot;

    public IReadOnlyList<string> VisibleCards { get; } = visibleCards;

    private static string Describe(string message, string? screenshot, IReadOnlyList<string> visibleCards)
    {
        var cards = visibleCards.Count == 0
            ? "no card in the open chat"
            : string.Join("\n", visibleCards.Select((text, i) => $"card {i + 1}: {text.ReplaceLineEndings(" | ")}"));
        return $"{message}\nScreenshot: {screenshot ?? "(none)"}\nOn screen: {cards}";
    }
}
