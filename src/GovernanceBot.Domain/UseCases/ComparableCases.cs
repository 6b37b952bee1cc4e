namespace GovernanceBot.Domain.UseCases;

/// <summary>Whether similar cases are documented elsewhere; with none, the work runs in R&amp;D mode.</summary>
public enum ComparableCases
{
    DocumentedElsewhere,
    NoneKnown,
}
