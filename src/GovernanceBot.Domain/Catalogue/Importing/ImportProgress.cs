namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>Reported every few hundred rows while a long file is read.</summary>
public readonly record struct ImportProgress(int RowsRead, int Accepted, int Rejected);
