using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;

namespace GovernanceBot.Catalogue;

/// <summary>What an import did: rows read, records created, updated or unchanged, rows rejected and why.</summary>
public sealed record CatalogueImportSummary(
    CatalogueKind Kind, CatalogueFileFormat Format, int RowsRead, int Created, int Updated, int Unchanged, IReadOnlyList<RowRejection> Rejected);
