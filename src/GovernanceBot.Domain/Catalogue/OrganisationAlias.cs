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
        var owner = " " + OrganisationDirectory.FoldName(dataset.OwnerOrganisation) + " ";
        var parent = " " + OrganisationDirectory.FoldName(dataset.ParentOrganisation) + " ";
        return FoldedNames.Any(name => name.Length > 2
            && (owner.Contains(" " + name + " ", StringComparison.Ordinal) || parent.Contains(" " + name + " ", StringComparison.Ordinal)));
    }
}
