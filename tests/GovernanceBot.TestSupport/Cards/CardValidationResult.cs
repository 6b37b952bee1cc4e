namespace GovernanceBot.TestSupport.Cards;

/// <summary>What validate-cards.js found wrong with one card: errors fail a test, warnings don't.</summary>
public sealed record CardValidationResult(string Name, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
