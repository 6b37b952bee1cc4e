using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue;

/// <summary>Catalogue values (statuses, frequencies, access levels, formats) in the user's language.</summary>
internal static class CatalogueWords
{
    public static string Status(UseCaseStatus status, Language language) => (status switch
    {
        UseCaseStatus.InDevelopment => CatalogueTexts.StatusInDevelopment,
        UseCaseStatus.Pilot => CatalogueTexts.StatusPilot,
        UseCaseStatus.InProduction => CatalogueTexts.StatusInProduction,
        UseCaseStatus.Retired => CatalogueTexts.StatusRetired,
        _ => CatalogueTexts.StatusUnknown,
    }).In(language);

    public static string Sensitivity(DatasetSensitivity sensitivity, Language language) => (sensitivity switch
    {
        DatasetSensitivity.NonPublic => CatalogueTexts.SensitivityNonPublic,
        DatasetSensitivity.Restricted => CatalogueTexts.SensitivityRestricted,
        _ => CatalogueTexts.SensitivityPublic,
    }).In(language);

    public static string Frequency(string frequency, Language language) => frequency switch
    {
        UpdateFrequencies.Continuous => CatalogueTexts.FrequencyContinuous.In(language),
        UpdateFrequencies.Hourly => CatalogueTexts.FrequencyHourly.In(language),
        UpdateFrequencies.Daily => CatalogueTexts.FrequencyDaily.In(language),
        UpdateFrequencies.Weekly => CatalogueTexts.FrequencyWeekly.In(language),
        UpdateFrequencies.Monthly => CatalogueTexts.FrequencyMonthly.In(language),
        UpdateFrequencies.Quarterly => CatalogueTexts.FrequencyQuarterly.In(language),
        UpdateFrequencies.Yearly => CatalogueTexts.FrequencyYearly.In(language),
        UpdateFrequencies.Irregular => CatalogueTexts.FrequencyIrregular.In(language),
        _ => frequency,
    };

    public static string? YesNo(bool? value, Language language) =>
        value is null ? null : (value.Value ? CatalogueTexts.Yes : CatalogueTexts.No).In(language);

    public static string Format(CatalogueFileFormat format, Language language) => (format switch
    {
        CatalogueFileFormat.UseCasesCsv => CatalogueTexts.FormatUseCasesCsv,
        CatalogueFileFormat.UseCasesJson => CatalogueTexts.FormatUseCasesJson,
        CatalogueFileFormat.FederalInventoryCsv => CatalogueTexts.FormatFederalInventoryCsv,
        CatalogueFileFormat.DatasetsCsv => CatalogueTexts.FormatDatasetsCsv,
        CatalogueFileFormat.DatasetsJson => CatalogueTexts.FormatDatasetsJson,
        _ => CatalogueTexts.FormatDcatUsJson,
    }).In(language);

    /// <summary>The question's filters as words ("in production · personal data · DHS"), empty when none.</summary>
    public static string Filters(CatalogueQuestion question, Language language)
    {
        var parts = new List<string>();
        if (question.Status is { } status)
        {
            parts.Add((status switch
            {
                UseCaseStatus.InProduction => CatalogueTexts.FilterInProduction,
                UseCaseStatus.Pilot => CatalogueTexts.FilterPilot,
                UseCaseStatus.Retired => CatalogueTexts.FilterRetired,
                _ => CatalogueTexts.FilterInDevelopment,
            }).In(language));
        }
        if (question.PersonalData) parts.Add(CatalogueTexts.FilterPersonalData.In(language));
        if (question.Sensitive) parts.Add(CatalogueTexts.FilterSensitive.In(language));
        if (question.Organisation is { } organisation) parts.Add(organisation.DisplayName);
        return parts.Count == 0 ? "" : CatalogueTexts.FiltersSuffix.In(language, string.Join(" · ", parts));
    }

    /// <summary>"Name [ID]": how every answer cites a record, so citations can be checked.</summary>
    public static string Cite(string name, string id) => $"{name} [{id}]";
}
