namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>
/// One fact found in a text: <see cref="Text"/> as written (to quote it back to the person), <see cref="Key"/>
/// its canonical form, so "12 000" and "12000", or "12/03/2026" and "12 mars 2026", are the same fact.
/// </summary>
public sealed record TextFact(FactKind Kind, string Text, string Key);
