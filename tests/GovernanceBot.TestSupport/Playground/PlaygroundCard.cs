namespace GovernanceBot.TestSupport.Playground;

/// <summary>A card as the Playground shows it: its visible text, and how many cards the open chat holds.</summary>
public sealed record PlaygroundCard(string Text, int CardsInChat);
