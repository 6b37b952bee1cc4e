using System.Text;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class OwnLayoutImporterTests
{
    private static Stream Text(string content) => new MemoryStream(Encoding.UTF8.GetBytes(content));

    [Fact]
    public void The_documented_samples_import_without_rejections()
    {
        var samples = Path.Combine(RepositoryPaths.Root, "samples", "catalogue");
        using var useCases = File.OpenRead(Path.Combine(samples, "usecases.csv"));
        using var datasets = File.OpenRead(Path.Combine(samples, "datasets.csv"));
        using var useCasesJson = File.OpenRead(Path.Combine(samples, "usecases.json"));
        using var datasetsJson = File.OpenRead(Path.Combine(samples, "datasets.json"));

        var (useCaseFormat, useCaseResult) = CatalogueFileReader.ReadUseCases(useCases, "usecases.csv");
        var (datasetFormat, datasetResult) = CatalogueFileReader.ReadDatasets(datasets, "datasets.csv");
        var (_, jsonUseCases) = CatalogueFileReader.ReadUseCases(useCasesJson, "usecases.json");
        var (_, jsonDatasets) = CatalogueFileReader.ReadDatasets(datasetsJson, "datasets.json");

        Assert.Equal(CatalogueFileFormat.UseCasesCsv, useCaseFormat);
        Assert.Equal(CatalogueFileFormat.DatasetsCsv, datasetFormat);
        Assert.Empty(useCaseResult.Rejected);
        Assert.Empty(datasetResult.Rejected);
        Assert.Empty(jsonUseCases.Rejected);
        Assert.Empty(jsonDatasets.Rejected);
        Assert.NotEmpty(useCaseResult.Accepted);
        Assert.NotEmpty(datasetResult.Accepted);
        Assert.NotEmpty(jsonUseCases.Accepted);
        Assert.NotEmpty(jsonDatasets.Accepted);
    }

    [Fact]
    public void A_semicolon_csv_from_a_french_spreadsheet_imports_with_lists_and_french_values()
    {
        var csv = "id;name;organisation;hub;status;personal_data;contact_email;datasets_used\n"
            + "CHURN-1;Prévision d'attrition;Banque;Hub Retail;en production;oui;marie@example.org;DS-CLIENTS, DS-CONTRATS\n";

        var result = OwnLayoutImporter.ReadUseCasesCsv(Text(csv));

        var record = Assert.Single(result.Accepted).Record;
        Assert.Equal("CHURN-1", record.Id);
        Assert.Equal(UseCaseStatus.InProduction, record.Status);
        Assert.True(record.UsesPersonalData);
        Assert.Equal(["DS-CLIENTS", "DS-CONTRATS"], record.DatasetsUsed);
    }

    [Fact]
    public void Rows_with_bad_values_are_rejected_with_a_reason_and_the_others_kept()
    {
        var csv = "name,status,personal_data,contact_email\n"
            + "Good,pilot,no,a@b.org\n"
            + ",pilot,no,a@b.org\n"
            + "Bad status,someday,no,a@b.org\n"
            + "Bad flag,pilot,maybe,a@b.org\n"
            + "Bad mail,pilot,no,not-a-mail\n";

        var result = OwnLayoutImporter.ReadUseCasesCsv(Text(csv));

        Assert.Single(result.Accepted);
        Assert.Equal([2, 3, 4, 5], result.Rejected.Select(r => r.Row));
        Assert.Contains("no name", result.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("someday", result.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("maybe", result.Rejected[2].Reason, StringComparison.Ordinal);
        Assert.Contains("not-a-mail", result.Rejected[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_accepts_camel_case_properties_and_arrays()
    {
        var json = """{"datasets": [{"name": "Clients", "ownerOrganisation": "Retail", "stewardEmail": "s@x.org", "keywords": ["crm", "client"], "updateFrequency": "R/P1D", "sensitivity": "confidential", "producedBy": ["CRM-1"]}]}""";

        var record = Assert.Single(OwnLayoutImporter.ReadDatasetsJson(Text(json)).Accepted).Record;

        Assert.Equal("Retail", record.OwnerOrganisation);
        Assert.Equal(["crm", "client"], record.Keywords);
        Assert.Equal(UpdateFrequencies.Daily, record.UpdateFrequency);
        Assert.Equal(DatasetSensitivity.NonPublic, record.Sensitivity);
        Assert.Equal(["CRM-1"], record.ProducedBy);
        Assert.StartsWith("DS-", record.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_file_given_as_use_cases_is_refused_with_the_right_command()
    {
        using var file = File.OpenRead(Path.Combine(SharedData.DcatFolder, "fcc.json"));

        var error = Assert.Throws<CatalogueFileException>(() => CatalogueFileReader.ReadUseCases(file, "fcc.json"));

        Assert.Contains("import datasets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_federal_inventory_is_recognised_by_its_columns_whatever_its_name()
    {
        using var file = File.OpenRead(SharedData.FederalInventory);

        var (format, result) = CatalogueFileReader.ReadUseCases(file, "upload.tmp");

        Assert.Equal(CatalogueFileFormat.FederalInventoryCsv, format);
        Assert.Equal(3611, result.RowsRead);
    }
}
