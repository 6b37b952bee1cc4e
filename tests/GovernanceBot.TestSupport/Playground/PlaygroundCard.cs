namespace GovernanceBot.TestSupport.Playground;

/// <summary>
/// A card as the Playground shows it: its visible text, its position among the open chat's cards
/// (oldest first) and how many cards the chat holds. A card replaced in place keeps its index.
/// </summary>
public sealed record PlaygroundCard(string Text, int Index, int CardsInChat);
