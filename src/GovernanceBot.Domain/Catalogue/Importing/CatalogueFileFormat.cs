namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>The file layouts the catalogue imports.</summary>
public enum CatalogueFileFormat
{
    UseCasesCsv,
    UseCasesJson,
    FederalInventoryCsv,
    DatasetsCsv,
    DatasetsJson,
    DcatUsJson,
}
