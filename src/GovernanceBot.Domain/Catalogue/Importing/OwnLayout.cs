namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// The project's own catalogue layouts (docs/catalogue-import.md): the same column names in CSV
/// (snake_case header) and JSON (snake_case or camelCase properties). Lists are JSON arrays or
/// semicolon-separated cells.
/// </summary>
public static class OwnLayout
{
    public static readonly IReadOnlyList<string> UseCaseColumns =
    [
        "id", "name", "description", "organisation", "organisation_name", "hub", "status", "contact_name", "contact_email",
        "impact", "outputs", "data_description", "systems", "personal_data", "topic", "technique", "datasets_used", "datasets_produced",
    ];

    public static readonly IReadOnlyList<string> DatasetColumns =
    [
        "id", "name", "description", "domain", "keywords", "source_system", "owner_organisation", "parent_organisation",
        "steward_name", "steward_email", "sensitivity", "personal_data", "certification", "update_frequency",
        "produced_by", "consumed_by", "upstream", "modified", "landing_page",
    ];

    /// <summary>Maps one row, or returns the reason it cannot be used.</summary>
    public static (CatalogueUseCase? UseCase, string? Problem) UseCase(IRowFields row, string source)
    {
        var name = row.Text("name", 300);
        if (name.Length == 0) return (null, "no name");
        var organisation = row.Text("organisation", 100);
        var hub = row.Text("hub", 200);
        var statusText = row.Text("status", 100);
        var status = UseCaseStatuses.Parse(statusText);
        if (statusText.Length > 0 && status == UseCaseStatus.Unknown)
        {
            return (null, $"status '{statusText}' is not one of: in development, pilot, in production, retired");
        }
        var personal = Flags.Parse(row.Text("personal_data", 20), out var personalValid);
        if (!personalValid) return (null, $"personal_data '{row.Text("personal_data", 20)}' is not yes/no");
        var email = row.Text("contact_email", 200);
        if (email.Length > 0 && !email.Contains('@')) return (null, $"contact_email '{email}' is not an e-mail address");

        return (new CatalogueUseCase
        {
            // The organisation's own ids are unique across it, so they are kept exactly.
            Id = CatalogueIds.Usable(row.Text("id", 100)) ?? CatalogueIds.ForUseCase(organisation, null, hub, name),
            Name = name,
            Description = row.Text("description"),
            Organisation = organisation,
            OrganisationName = row.Text("organisation_name", 200),
            Hub = hub,
            Status = status,
            ContactName = row.Text("contact_name", 200),
            ContactEmail = email,
            Impact = row.Text("impact"),
            Outputs = row.Text("outputs"),
            DataDescription = row.Text("data_description"),
            SystemNames = row.List("systems"),
            UsesPersonalData = personal,
            Topic = row.Text("topic", 100),
            Technique = row.Text("technique", 100),
            DatasetsUsed = row.List("datasets_used"),
            DatasetsProduced = row.List("datasets_produced"),
            Source = source,
            SourceIdentifier = row.Text("id", 100),
        }, null);
    }

    /// <summary>Maps one row, or returns the reason it cannot be used.</summary>
    public static (CatalogueDataset? Dataset, string? Problem) Dataset(IRowFields row, string source)
    {
        var name = row.Text("name", 300);
        if (name.Length == 0) return (null, "no name");
        var personal = Flags.Parse(row.Text("personal_data", 20), out var personalValid);
        if (!personalValid) return (null, $"personal_data '{row.Text("personal_data", 20)}' is not yes/no");
        var email = row.Text("steward_email", 200);
        if (email.Length > 0 && !email.Contains('@')) return (null, $"steward_email '{email}' is not an e-mail address");
        var frequencyText = row.Text("update_frequency", 50);
        var frequency = UpdateFrequencies.Normalise(frequencyText);
        if (frequencyText.Length > 0 && !UpdateFrequencies.All.Contains(frequency))
        {
            return (null, $"update_frequency '{frequencyText}' is neither an ISO 8601 duration (R/P1M) nor one of: {string.Join(", ", UpdateFrequencies.All)}");
        }
        var owner = row.Text("owner_organisation", 200);

        return (new CatalogueDataset
        {
            Id = CatalogueIds.ForDataset(row.Text("id", 500), owner, name),
            Name = name,
            Description = row.Text("description"),
            Domain = row.Text("domain", 200),
            Keywords = row.List("keywords"),
            SourceSystem = row.Text("source_system", 200),
            OwnerOrganisation = owner,
            ParentOrganisation = row.Text("parent_organisation", 200),
            StewardName = row.Text("steward_name", 200),
            StewardEmail = email,
            Sensitivity = DcatUsImporter.AccessLevel(row.Text("sensitivity", 50)),
            ContainsPersonalData = personal,
            Certification = row.Text("certification", 200),
            UpdateFrequency = frequency,
            ProducedBy = row.List("produced_by"),
            ConsumedBy = row.List("consumed_by"),
            Upstream = row.List("upstream"),
            Modified = row.Text("modified", 50),
            LandingPage = row.Text("landing_page", 500),
            Source = source,
            SourceIdentifier = row.Text("id", 500),
        }, null);
    }
}
