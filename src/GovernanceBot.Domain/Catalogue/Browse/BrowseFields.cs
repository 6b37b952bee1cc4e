using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>What each filter reads from a record. A record without the field (a dataset has no hub) matches no value of it.</summary>
public static class BrowseFields
{
    public static string? Organisation(CitedRecord record) =>
        NonEmpty(record.UseCase?.Organisation ?? record.Dataset?.OwnerOrganisation);

    public static string? Hub(CitedRecord record) => NonEmpty(record.UseCase?.Hub);

    public static UseCaseStatus? Status(CitedRecord record) => record.UseCase?.Status;

    public static IEnumerable<string> Themes(CitedRecord record)
    {
        if (record.UseCase is { } useCase) return NonEmpty(useCase.Topic) is { } topic ? [topic] : [];
        // DCAT themes arrive joined ("Health; Science"): each is a theme of its own.
        return (record.Dataset?.Domain ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    public static IEnumerable<DataConcern> Concerns(CitedRecord record)
    {
        if (record.UseCase?.UsesPersonalData == true || record.Dataset?.ContainsPersonalData == true) yield return DataConcern.PersonalData;
        if (record.Dataset is { Sensitivity: not DatasetSensitivity.Public }) yield return DataConcern.NonPublic;
    }

    /// <summary>Every record of the catalogues, use cases first, as browse items.</summary>
    public static IEnumerable<CitedRecord> All(CatalogueSnapshot snapshot) =>
        snapshot.UseCases.Select(u => CitedRecord.Of(u)).Concat(snapshot.Datasets.Select(d => CitedRecord.Of(d)));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
