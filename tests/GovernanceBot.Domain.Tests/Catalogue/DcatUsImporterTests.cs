using System.Text;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class DcatUsImporterTests
{
    private static ImportResult<CatalogueDataset> Read(string json) => DcatUsImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void All_eleven_real_agency_catalogues_import_every_dataset()
    {
        var total = 0;
        foreach (var path in SharedData.DcatFiles)
        {
            using var file = File.OpenRead(path);
            var result = DcatUsImporter.Read(file);
            Assert.Empty(result.Rejected);
            total += result.Accepted.Count;
        }

        Assert.Equal(3505, total);
    }

    [Fact]
    public void Publisher_contact_keywords_access_level_and_frequency_are_mapped()
    {
        using var file = File.OpenRead(Path.Combine(SharedData.DcatFolder, "fcc.json"));
        var dataset = DcatUsImporter.Read(file).Accepted.Select(a => a.Record)
            .Single(d => d.SourceIdentifier == "https://opendata.fcc.gov/api/views/2ah7-n9rk");

        Assert.StartsWith("DS-", dataset.Id, StringComparison.Ordinal);
        Assert.Equal("Humza Riaz", dataset.StewardName);
        Assert.Equal("no-reply@opendata.fcc.gov", dataset.StewardEmail);
        Assert.Contains("incentive auctions", dataset.Keywords);
        Assert.Equal(DatasetSensitivity.Public, dataset.Sensitivity);
        Assert.Equal("2019-01-28", dataset.Modified);
        Assert.Equal("https://opendata.fcc.gov/d/2ah7-n9rk", dataset.LandingPage);
        Assert.Equal(4, dataset.Distributions.Count);
        Assert.False(string.IsNullOrEmpty(dataset.OwnerOrganisation));
    }

    [Fact]
    public void Non_public_and_restricted_datasets_are_sensitive_in_the_real_files()
    {
        var datasets = SharedData.DcatFiles.SelectMany(path =>
        {
            using var file = File.OpenRead(path);
            return DcatUsImporter.Read(file).Accepted.Select(a => a.Record).ToList();
        }).ToList();

        Assert.Equal(437, datasets.Count(d => d.Sensitivity == DatasetSensitivity.NonPublic));
        Assert.Equal(371, datasets.Count(d => d.Sensitivity == DatasetSensitivity.Restricted));
        Assert.Equal(187, datasets.Count(d => d.UpdateFrequency == UpdateFrequencies.Monthly));
        Assert.DoesNotContain(datasets, d => d.Description.Contains("<p>", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_dataset_with_only_the_required_fields_imports_and_lists_in_string_slots_are_read()
    {
        var result = Read("""
            {"dataset": [
              {"title": "Minimal", "identifier": "min-1"},
              {"title": "Odd shapes", "identifier": "odd-1", "keyword": "a, b", "theme": ["Health", "Finance"],
               "publisher": {"name": "Agency", "subOrganizationOf": {"name": "Department"}},
               "contactPoint": {"fn": ["Desk"], "hasEmail": "mailto:desk@example.org"},
               "accessLevel": "non-public", "accrualPeriodicity": "R/P1D", "description": "<p>Hello&nbsp;<b>world</b></p>"}
            ]}
            """);

        Assert.Empty(result.Rejected);
        var minimal = result.Accepted[0].Record;
        Assert.Equal("min-1", minimal.Id);
        Assert.Equal("", minimal.StewardEmail);
        var odd = result.Accepted[1].Record;
        Assert.Equal(["a", "b"], odd.Keywords);
        Assert.Equal("Health; Finance", odd.Domain);
        Assert.Equal("Desk", odd.StewardName);
        Assert.Equal("desk@example.org", odd.StewardEmail);
        Assert.Equal("Department", odd.ParentOrganisation);
        Assert.Equal(DatasetSensitivity.NonPublic, odd.Sensitivity);
        Assert.True(odd.IsSensitive);
        Assert.Equal(UpdateFrequencies.Daily, odd.UpdateFrequency);
        Assert.Equal("Hello world", odd.Description);
    }

    [Fact]
    public void Entries_without_title_or_identifier_are_rejected_with_their_position()
    {
        var result = Read("""{"dataset": [{"identifier": "x"}, {"title": "No id"}, 42, {"title": "Fine", "identifier": "ok"}]}""");

        Assert.Single(result.Accepted);
        Assert.Equal([1, 2, 3], result.Rejected.Select(r => r.Row));
        Assert.Contains("identifier", result.Rejected[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_catalogue_is_refused_whole()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedData.DcatFolder, "gsa.json"));

        var error = Assert.Throws<CatalogueFileException>(() => DcatUsImporter.Read(new MemoryStream(bytes, 0, bytes.Length - 200)));

        Assert.Contains("Nothing was imported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R/P1M", UpdateFrequencies.Monthly)]
    [InlineData("R/P3M", UpdateFrequencies.Quarterly)]
    [InlineData("R/P1Y", UpdateFrequencies.Yearly)]
    [InlineData("R/PT1S", UpdateFrequencies.Continuous)]
    [InlineData("R/PT1H", UpdateFrequencies.Hourly)]
    [InlineData("R/P3.5D", UpdateFrequencies.Daily)]
    [InlineData("R/P2W", UpdateFrequencies.Weekly)]
    [InlineData("R/P6M", UpdateFrequencies.Quarterly)]
    [InlineData("irregular", UpdateFrequencies.Irregular)]
    [InlineData("mensuel", UpdateFrequencies.Monthly)]
    [InlineData("", "")]
    public void Iso_8601_frequencies_become_plain_words(string value, string expected) =>
        Assert.Equal(expected, UpdateFrequencies.Normalise(value));
}
