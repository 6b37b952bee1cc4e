using System.Globalization;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Localization;

namespace GovernanceBot.Copil.Cards;

/// <summary>How scores, quadrants and blockers read on the Copil's cards, in the turn's language.</summary>
internal static class CopilWording
{
    public static string Quadrant(Quadrant quadrant, Language language) => Ref("Quadrant" + quadrant).In(language);

    public static string Criterion(Criterion criterion, Language language) => Ref("Criterion" + criterion).In(language);

    public static string Score(AxisScore score, Language language) =>
        score.Rounded is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r}/100") : CopilTexts.NoScore.In(language);

    /// <summary>The one-line explanation: each known criterion with its reading, then what is missing.</summary>
    public static string Explain(AxisScore score, Language language)
    {
        var parts = score.Parts.Select(p => $"{Criterion(p.Criterion, language)} {Reading(p.Reading)}").ToList();
        if (score.Missing.Count > 0) parts.Add(CopilTexts.Missing.In(language, string.Join(", ", score.Missing.Select(m => Criterion(m, language)))));
        return parts.Count == 0 ? CopilTexts.NothingKnown.In(language) : string.Join(" · ", parts);
    }

    public static string Blocker(Blocker blocker, Language language) => blocker.Kind switch
    {
        BlockerKind.WeakAxis => CopilTexts.BlockerWeakAxis.In(language, blocker.Axis + (blocker.Detail is null ? "" : $" ({blocker.Detail})")),
        BlockerKind.FeasibilityConditions => CopilTexts.BlockerFeasibilityConditions.In(language, blocker.Detail),
        _ => Ref("Blocker" + blocker.Kind).In(language),
    };

    private static string Reading(double reading) => reading switch
    {
        >= 0.99 => "++",
        >= 0.5 => "+",
        > 0 => "−",
        _ => "−−",
    };

    private static TextRef Ref(string key) => CopilTexts.Catalog.Ref(key);
}
