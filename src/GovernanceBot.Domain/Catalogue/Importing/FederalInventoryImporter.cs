namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// Reads the US federal AI use case inventory (OMB's consolidated CSV, one row per use case): agency →
/// organisation, bureau → hub, development stage → status, plus contact, problem, benefits, outputs, data
/// description, system names and the PII flag. Column names are those of the inventory's data dictionary.
/// </summary>
public static class FederalInventoryImporter
{
    /// <summary>Columns whose presence identifies the file and without which rows cannot be mapped.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["agency", "id", "use_case_name", "agency_bureau", "development_stage"];

    public static ImportResult<CatalogueUseCase> Read(Stream stream, IProgress<ImportProgress>? progress = null)
    {
        var collector = new ImportRowCollector<CatalogueUseCase>(u => u.Id, progress);
        foreach (var (row, fields, problem) in CsvRows.Read(stream, [.. RequiredColumns]))
        {
            if (problem is not null)
            {
                collector.Reject(row, problem);
                continue;
            }
            var name = fields.Text("use_case_name", 300);
            var agency = fields.Text("agency", 40);
            if (name.Length == 0)
            {
                collector.Reject(row, "no use_case_name");
                continue;
            }
            if (agency.Length == 0)
            {
                collector.Reject(row, "no agency");
                continue;
            }
            var hub = fields.Text("agency_bureau", 200);
            collector.Accept(row, new CatalogueUseCase
            {
                Id = CatalogueIds.ForUseCase(agency, fields.Text("id", 100), hub, name),
                Name = name,
                Description = fields.Text("problem_solved"),
                Organisation = agency,
                OrganisationName = fields.Text("agency_name", 200),
                Hub = hub,
                Status = UseCaseStatuses.Parse(fields.Text("development_stage", 200)),
                ContactEmail = fields.Text("contact_email", 200),
                Impact = fields.Text("benefits"),
                Outputs = fields.Text("system_outputs"),
                DataDescription = fields.Text("data_description"),
                SystemNames = SystemNames(fields.Text("system_name_ato", 1000)),
                UsesPersonalData = Flags.Parse(fields.Text("has_pii", 20), out _),
                Topic = fields.Text("topic_area", 100),
                Technique = fields.Text("classification", 100),
                DatasetsUsed = Links(fields.Text("link_to_data", 1000)),
                Source = CatalogueSources.FederalInventory,
                SourceIdentifier = fields.Text("id", 100),
            });
        }
        return collector.Result();
    }

    /// <summary>System names hold commas ("EDW, release 2"), so only semicolons and line breaks separate them.</summary>
    private static IReadOnlyList<string> SystemNames(string cell) =>
        cell.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(name => name.Length > 1 && !name.Equals("N/A", StringComparison.OrdinalIgnoreCase) && !name.Equals("None", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

    private static IReadOnlyList<string> Links(string cell) =>
        cell.Split([' ', ';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => part.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
