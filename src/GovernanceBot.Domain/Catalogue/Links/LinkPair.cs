namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>One dataset and one use case, ids compared without case (as the catalogues do).</summary>
public readonly record struct LinkPair(string DatasetId, string UseCaseId)
{
    public static readonly IEqualityComparer<LinkPair> Comparer = new IgnoreCase();

    private sealed class IgnoreCase : IEqualityComparer<LinkPair>
    {
        public bool Equals(LinkPair x, LinkPair y) =>
            string.Equals(x.DatasetId, y.DatasetId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.UseCaseId, y.UseCaseId, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(LinkPair pair) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(pair.DatasetId), StringComparer.OrdinalIgnoreCase.GetHashCode(pair.UseCaseId));
    }
}
