namespace GovernanceBot.Domain.Catalogue;

/// <summary>The two catalogues.</summary>
public enum CatalogueKind
{
    UseCases,
    Datasets,
}
