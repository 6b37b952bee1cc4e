namespace GovernanceBot.Catalogue;

/// <summary>Storage failed part-way through an import: how far it got, so the admin is told exactly.</summary>
public sealed class CatalogueWriteException(int written, int total, Exception inner)
    : Exception($"Storage failed after {written} of {total} records were written.", inner)
{
    public int Written { get; } = written;
    public int Total { get; } = total;
}
