namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// A recognised organisation or hub: the value stored in the records, a display name, and every folded
/// name it goes by (an agency's code and full name), used to match both catalogues.
/// </summary>
public sealed record OrganisationAlias(OrganisationScope Scope, string Value, string DisplayName, IReadOnlySet<string> FoldedNames)
{
    public bool Matches(CatalogueUseCase useCase) => Scope switch
    {
        OrganisationScope.Hub => string.Equals(useCase.Hub, Value, StringComparison.OrdinalIgnoreCase),
        _ => FoldedNames.Contains(OrganisationDirectory.FoldName(useCase.Organisation))
            || FoldedNames.Contains(OrganisationDirectory.FoldName(useCase.OrganisationName)),
    };

    /// <summary>A dataset matches when its owner or parent organisation contains one of the names ("U.S. Department of Labor").</summary>
    public bool Matches(CatalogueDataset dataset)
    {
        var owner = OrganisationDirectory.FoldName(dataset.OwnerOrganisation);
        var parent = OrganisationDirectory.FoldName(dataset.ParentOrganisation);
        foreach (var name in FoldedNames)
        {
            if (name.Length > 2 && (ContainsWords(owner, name) || ContainsWords(parent, name))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="words"/> appears in <paramref name="folded"/> between spaces or its ends — as
    /// <c>" " + folded + " "</c> contains <c>" " + words + " "</c>, without building either string (every
    /// dataset of the catalogue is tested).
    /// </summary>
    private static bool ContainsWords(string folded, string words)
    {
        for (var at = folded.IndexOf(words, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.Length || folded[end] == ' ')) return true;
        }
        return false;
    }
}
