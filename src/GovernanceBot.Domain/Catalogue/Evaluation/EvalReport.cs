using System.Globalization;

namespace GovernanceBot.Domain.Catalogue.Evaluation;

/// <summary>The evaluation's figures for one group of outcomes (a language, or all).</summary>
public sealed record EvalReport(string Group, int Questions, double Accuracy, double CitationPrecision, double CitationRecall,
    double IDontKnowRate, int Unanswerable, double FalseIDontKnowRate, TimeSpan P50, TimeSpan P95)
{
    public static IReadOnlyList<EvalReport> PerLanguage(IReadOnlyList<EvalOutcome> outcomes) =>
        outcomes.GroupBy(o => o.Case.Language == Language.French ? "fr" : "en")
            .OrderByDescending(g => g.Key)
            .Select(g => Of(g.Key, g.ToList()))
            .Append(Of("all", outcomes))
            .ToList();

    public static EvalReport Of(string group, IReadOnlyList<EvalOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Case.Answerable).ToList();
        var unanswerable = outcomes.Where(o => !o.Case.Answerable).ToList();
        var precisions = outcomes.Select(o => o.Precision).OfType<double>().ToList();
        var recalls = outcomes.Select(o => o.Recall).OfType<double>().ToList();
        var latencies = outcomes.Select(o => o.Latency).Order().ToList();
        return new EvalReport(group, outcomes.Count,
            Share(outcomes.Count(o => o.Correct), outcomes.Count),
            precisions.Count == 0 ? 0 : precisions.Average(),
            recalls.Count == 0 ? 0 : recalls.Average(),
            Share(unanswerable.Count(o => o.SaidIDontKnow), unanswerable.Count),
            unanswerable.Count,
            Share(answerable.Count(o => o.SaidIDontKnow), answerable.Count),
            Percentile(latencies, 50), Percentile(latencies, 95));
    }

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Group,-4} questions {Questions,4}  accuracy {Accuracy,6:P1}  citation precision {CitationPrecision,6:P1}  recall {CitationRecall,6:P1}  " +
        $"\"I don't know\" on unanswerable {IDontKnowRate,6:P1} (of {Unanswerable}), on answerable {FalseIDontKnowRate,6:P1}  " +
        $"p50 {P50.TotalMilliseconds,7:F1} ms  p95 {P95.TotalMilliseconds,7:F1} ms");

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static TimeSpan Percentile(List<TimeSpan> sorted, double percentile) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
