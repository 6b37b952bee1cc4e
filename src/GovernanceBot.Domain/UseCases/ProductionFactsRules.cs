namespace GovernanceBot.Domain.UseCases;

/// <summary>Checks and tidies production facts before they are kept.</summary>
internal static class ProductionFactsRules
{
    public static ProductionFacts Checked(ProductionFacts facts)
    {
        var support = Tidy(facts.SupportContact, ProductionFacts.TextLength, nameof(facts.SupportContact));
        var kpis = Tidy(facts.KpiValues, ProductionFacts.KpiValuesLength, nameof(facts.KpiValues));
        var monitoring = Tidy(facts.MonitoringUrl, UseCaseFields.UrlLength, nameof(facts.MonitoringUrl));
        if (monitoring is not null && !FieldText.IsWebLink(monitoring)) throw new ArgumentException("The monitoring link is not a web address.", nameof(facts));
        return facts with { SupportContact = support, KpiValues = kpis, MonitoringUrl = monitoring };
    }

    private static string? Tidy(string? value, int maxLength, string name)
    {
        var text = FieldText.Normalise(value, multiline: true);
        if (text.Length > maxLength) throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
        return text.Length == 0 ? null : text;
    }
}
