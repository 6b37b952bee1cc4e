namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>A record's text in the three weighted groups the index searches.</summary>
internal sealed record IndexedText(string Title, string Meta, string Body)
{
    public static IndexedText Of(CatalogueUseCase u) => new(
        Join(u.Name, u.Id, Join(u.SystemNames)),
        Join(u.Organisation, u.OrganisationName, u.Hub, u.Topic, u.Technique, u.ContactName, u.ContactEmail),
        Join(u.Description, u.Impact, u.Outputs, u.DataDescription, Join(u.DatasetsUsed), Join(u.DatasetsProduced)));

    public static IndexedText Of(CatalogueDataset d) => new(
        Join(d.Name, d.Id, Join(d.Keywords)),
        Join(d.OwnerOrganisation, d.ParentOrganisation, d.Domain, d.SourceSystem, d.StewardName, d.StewardEmail),
        Join(d.Description, Join(d.Upstream)));

    private static string Join(params string[] parts) => string.Join(" . ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Join(IReadOnlyList<string> parts) => string.Join(" . ", parts);
}
