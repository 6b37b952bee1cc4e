using System.Text;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class FederalInventoryImporterTests
{
    private static ImportResult<CatalogueUseCase> ReadReal()
    {
        using var file = File.OpenRead(SharedData.FederalInventory);
        return FederalInventoryImporter.Read(file);
    }

    [Fact]
    public void Every_row_of_the_real_inventory_is_accounted_for_and_duplicates_are_rejected_with_their_reason()
    {
        var result = ReadReal();

        Assert.Equal(3611, result.RowsRead);
        Assert.True(result.Accepted.Count > 3550, $"only {result.Accepted.Count} accepted");
        Assert.All(result.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains(result.Rejected, r => r.Reason.Contains("DOJ-0357", StringComparison.Ordinal));
        Assert.Contains(result.Rejected, r => r.Reason.Contains("no use_case_name", StringComparison.Ordinal));
        Assert.Equal(result.Accepted.Count, result.Accepted.Select(a => a.Record.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Agency_becomes_organisation_bureau_becomes_hub_and_stage_becomes_status()
    {
        var record = ReadReal().Accepted.Single(a => a.Record.Id == "DHS-2705").Record;

        Assert.Equal("Smartphone Information Forensics Triage", record.Name);
        Assert.Equal("DHS", record.Organisation);
        Assert.Equal("Department of Homeland Security", record.OrganisationName);
        Assert.Equal("CBP", record.Hub);
        Assert.Equal(UseCaseStatus.InDevelopment, record.Status);
        Assert.Equal("ai@hq.dhs.gov", record.ContactEmail);
        Assert.StartsWith("Quickly translate and summarize", record.Description, StringComparison.Ordinal);
        Assert.Contains("Save worker time", record.Impact, StringComparison.Ordinal);
        Assert.Contains("not saved or transmitted", record.Outputs, StringComparison.Ordinal);
        Assert.Equal(CatalogueSources.FederalInventory, record.Source);
    }

    [Fact]
    public void Statuses_and_personal_data_flags_follow_the_inventory_counts()
    {
        var records = ReadReal().Accepted.Select(a => a.Record).ToList();

        Assert.InRange(records.Count(r => r.Status == UseCaseStatus.InProduction), 1000, 1040);
        Assert.InRange(records.Count(r => r.UsesPersonalData == true), 340, 360);
        Assert.Contains(records, r => r.SystemNames.Count > 0);
        Assert.Contains(records, r => r.DataDescription.Length > 0);
    }

    [Fact]
    public void Bare_numeric_ids_get_their_agency_as_prefix_and_missing_ids_a_stable_hash()
    {
        var records = ReadReal().Accepted.Select(a => a.Record).ToList();

        Assert.DoesNotContain(records, r => int.TryParse(r.Id, out _));
        Assert.Contains(records, r => r.Id.StartsWith("UC-", StringComparison.Ordinal) && r.Organisation == "HHS");
        var again = ReadReal().Accepted.Select(a => a.Record.Id).ToList();
        Assert.Equal(records.Select(r => r.Id), again);
    }

    [Fact]
    public void A_quoted_cell_spanning_lines_stays_in_its_row()
    {
        var csv = "agency,id,use_case_name,agency_bureau,development_stage,problem_solved\n"
            + "ABC,ABC-1,Forecast,Ops,Deployed,\"first line\nsecond, with comma\"\n"
            + "ABC,ABC-2,Triage,Ops,Pilot,short\n";

        var result = FederalInventoryImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(2, result.Accepted.Count);
        Assert.Equal("first line second, with comma", result.Accepted[0].Record.Description);
        Assert.Equal(UseCaseStatus.Pilot, result.Accepted[1].Record.Status);
    }

    [Fact]
    public void A_truncated_file_is_refused_whole()
    {
        var bytes = File.ReadAllBytes(SharedData.FederalInventory);
        var cut = bytes.AsSpan(0, bytes.Length / 2).ToArray();

        var error = Assert.Throws<CatalogueFileException>(() => FederalInventoryImporter.Read(new MemoryStream(cut)));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_without_the_inventory_columns_is_refused_naming_them()
    {
        var csv = "agency,name\nABC,Forecast\n";

        var error = Assert.Throws<CatalogueFileException>(() => FederalInventoryImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))));

        Assert.Contains("use_case_name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_reported_while_reading_and_at_the_end()
    {
        var reports = new List<ImportProgress>();
        using var file = File.OpenRead(SharedData.FederalInventory);

        FederalInventoryImporter.Read(file, new SynchronousProgress(reports.Add));

        Assert.True(reports.Count >= 10);
        Assert.Equal(3611, reports[^1].RowsRead);
    }
}
