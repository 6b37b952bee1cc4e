using System.Globalization;
using System.Text.RegularExpressions;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// An agenda item as people name it in chat: a use case by number ("UC-2026-0042"), "norme 2" / "standard 2",
/// "action 1", "kpi", or an added item "point 1" / "item 1". The host turns a use case number into its keys.
/// </summary>
public sealed partial record AgendaReference(AgendaReferenceKind Kind, int Number = 0, UseCaseNumber? UseCase = null)
{
    public static AgendaReference? Parse(string? text)
    {
        var words = (text ?? "").Trim();
        if (UseCaseNumber.TryParse(words) is { } number) return new AgendaReference(AgendaReferenceKind.UseCase, UseCase: number);
        var match = Numbered().Match(words);
        if (match.Success)
        {
            var n = int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (n < 1) return null;
            var kind = match.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "norme" or "standard" => AgendaReferenceKind.Standard,
                "action" => AgendaReferenceKind.Action,
                _ => AgendaReferenceKind.Added,
            };
            return new AgendaReference(kind, n);
        }
        return Kpis().IsMatch(words) ? new AgendaReference(AgendaReferenceKind.Kpis) : null;
    }

    /// <summary>The keys this reference names; a use case has two (awaiting a decision, or in industrialisation).</summary>
    public IReadOnlyList<string> Keys(Guid? useCaseId) => Kind switch
    {
        AgendaReferenceKind.Kpis => [AgendaKeys.Kpis],
        AgendaReferenceKind.Standard => ["standard-" + Number.ToString(CultureInfo.InvariantCulture)],
        AgendaReferenceKind.Action => ["action-" + Number.ToString(CultureInfo.InvariantCulture)],
        AgendaReferenceKind.Added => [AgendaKeys.Extra(Number - 1)],
        _ when useCaseId is { } id => ["decision-" + id.ToString("N"), "industrialisation-" + id.ToString("N")],
        _ => [],
    };

    [GeneratedRegex(@"^(?<kind>norme|standard|action|point|item)\s*#?\s*(?<n>\d{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(kpi|kpis|indicateurs)$", RegexOptions.IgnoreCase)]
    private static partial Regex Kpis();
}

public enum AgendaReferenceKind
{
    UseCase,
    Standard,
    Action,
    Kpis,
    Added,
}
