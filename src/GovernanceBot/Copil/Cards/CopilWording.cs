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

    /// <summary>"Prioritised (rank 2)", "Deferred until 01/03/2027 — reason", "Rejected — reason".</summary>
    public static string Decision(CopilDecision decision, Language language)
    {
        var text = decision.Kind switch
        {
            CopilDecisionKind.Prioritise => CopilTexts.DecisionPrioritised.In(language, decision.Rank),
            CopilDecisionKind.Defer => CopilTexts.DecisionDeferred.In(language, decision.RevisitOn is { } on ? Date(on, language) : "?"),
            _ => CopilTexts.DecisionRejected.In(language),
        };
        return decision.Reason is null ? text : $"{text} — {decision.Reason}";
    }

    public static string Refusal(DecisionRefusal refusal, Language language) => Ref("Refusal" + refusal).In(language);

    public static string DecisionGroup(CopilDecisionKind kind, Language language) => Ref("DigestGroup" + kind).In(language);

    public static string Date(DateOnly date, Language language) =>
        date.ToString(language == Language.French ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as Paris wall-clock time, where the Copil meets.</summary>
    public static string Instant(DateTimeOffset at, Language language) =>
        TimeZoneInfo.ConvertTime(at, Paris).ToString(language == Language.French ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById(Domain.Delivery.JobSchedule.DefaultTimeZone);

    private static string Reading(double reading) => reading switch
    {
        >= 0.99 => "++",
        >= 0.5 => "+",
        > 0 => "−",
        _ => "−−",
    };

    private static TextRef Ref(string key) => CopilTexts.Catalog.Ref(key);
}
