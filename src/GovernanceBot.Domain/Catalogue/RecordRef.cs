namespace GovernanceBot.Domain.Catalogue;

/// <summary>Points at one catalogue record: which catalogue and which id.</summary>
public readonly record struct RecordRef(CatalogueKind Kind, string Id)
{
    public static RecordRef UseCase(string id) => new(CatalogueKind.UseCases, id);
    public static RecordRef Dataset(string id) => new(CatalogueKind.Datasets, id);
}
