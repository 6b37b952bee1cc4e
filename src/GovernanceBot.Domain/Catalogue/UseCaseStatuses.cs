namespace GovernanceBot.Domain.Catalogue;

/// <summary>Reads a status written by people or other systems (English, French, federal stages).</summary>
public static class UseCaseStatuses
{
    private static readonly (string Prefix, UseCaseStatus Status)[] Prefixes =
    [
        ("deployed", UseCaseStatus.InProduction), ("production", UseCaseStatus.InProduction), ("in production", UseCaseStatus.InProduction),
        ("en production", UseCaseStatus.InProduction), ("operational", UseCaseStatus.InProduction), ("déployé", UseCaseStatus.InProduction),
        ("live", UseCaseStatus.InProduction), ("in operation", UseCaseStatus.InProduction), ("in use", UseCaseStatus.InProduction),
        ("implementation and assessment", UseCaseStatus.Pilot),
        ("pilot", UseCaseStatus.Pilot), ("pilote", UseCaseStatus.Pilot), ("poc", UseCaseStatus.Pilot), ("prototype", UseCaseStatus.Pilot),
        ("expérimentation", UseCaseStatus.Pilot),
        ("pre-deployment", UseCaseStatus.InDevelopment), ("development", UseCaseStatus.InDevelopment), ("in development", UseCaseStatus.InDevelopment),
        ("acquisition", UseCaseStatus.InDevelopment), ("initiated", UseCaseStatus.InDevelopment), ("planned", UseCaseStatus.InDevelopment),
        ("en développement", UseCaseStatus.InDevelopment), ("en cours", UseCaseStatus.InDevelopment), ("idée", UseCaseStatus.InDevelopment),
        ("idea", UseCaseStatus.InDevelopment), ("industrialisation", UseCaseStatus.InDevelopment), ("in industrialisation", UseCaseStatus.InDevelopment),
        ("retired", UseCaseStatus.Retired), ("retiré", UseCaseStatus.Retired), ("decommissioned", UseCaseStatus.Retired),
        ("abandonné", UseCaseStatus.Retired), ("arrêté", UseCaseStatus.Retired),
    ];

    /// <summary>The status the text names, or <see cref="UseCaseStatus.Unknown"/>.</summary>
    public static UseCaseStatus Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return UseCaseStatus.Unknown;
        var value = text.Trim();
        // The federal form's long answers start with "a) ", "b) "…
        if (value.Length > 3 && value[1] == ')' && char.IsAsciiLetterLower(value[0])) value = value[2..].Trim();
        if (Enum.TryParse<UseCaseStatus>(value, ignoreCase: true, out var named) && !int.TryParse(value, out _)) return named;
        foreach (var (prefix, status) in Prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return status;
        }
        return UseCaseStatus.Unknown;
    }
}
