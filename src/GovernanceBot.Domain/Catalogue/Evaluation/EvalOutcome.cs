namespace GovernanceBot.Domain.Catalogue.Evaluation;

/// <summary>What the bot answered to one case: the ids it cited, its text, whether it said "I don't know", how long it took.</summary>
public sealed record EvalOutcome(EvalCase Case, IReadOnlyList<string> Cited, string Text, bool SaidIDontKnow, TimeSpan Latency)
{
    /// <summary>
    /// Right when an answerable case cites an expected record (or, with no ids expected, contains the words)
    /// and contains every expected word; an unanswerable one is right when the bot says it does not know.
    /// </summary>
    public bool Correct
    {
        get
        {
            if (!Case.Answerable) return SaidIDontKnow;
            if (SaidIDontKnow) return false;
            var cites = Case.Expected.Count == 0 || Case.Expected.Any(e => Cited.Contains(e, StringComparer.OrdinalIgnoreCase));
            return cites && Case.Words.All(w => Text.Contains(w, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Share of cited records that were expected (only for cases with expected ids and citations).</summary>
    public double? Precision => Case.Expected.Count == 0 || Cited.Count == 0 ? null
        : (double)Cited.Count(c => Case.Expected.Contains(c, StringComparer.OrdinalIgnoreCase)) / Cited.Count;

    /// <summary>Share of expected records cited.</summary>
    public double? Recall => Case.Expected.Count == 0 ? null
        : (double)Case.Expected.Count(e => Cited.Contains(e, StringComparer.OrdinalIgnoreCase)) / Case.Expected.Count;
}
