namespace GovernanceBot.Domain.Copil;

/// <summary>
/// The central team's edits to a session's agenda before it is posted: items it removed (by key) and free
/// items it added. Removing an item that is not (or no longer) on the agenda is harmless.
/// </summary>
public sealed record AgendaAdjustments(IReadOnlySet<string> Removed, IReadOnlyList<string> Added)
{
    public const int MaxAdded = 20;

    public static readonly AgendaAdjustments None = new(new HashSet<string>(), []);

    public AgendaAdjustments Remove(string key) => this with { Removed = new HashSet<string>(Removed, StringComparer.Ordinal) { key } };

    /// <summary>Throws <see cref="ArgumentException"/> for an empty or over-long item, or past <see cref="MaxAdded"/>.</summary>
    public AgendaAdjustments Add(string text)
    {
        if (Added.Count >= MaxAdded) throw new ArgumentException($"An agenda takes at most {MaxAdded} added items.", nameof(text));
        return this with { Added = [.. Added, CopilNote.CleanText(text)] };
    }

    /// <summary>Brings back an item removed by mistake, or drops an added one ("extra-N").</summary>
    public AgendaAdjustments Restore(string key)
    {
        if (AgendaKeys.ExtraIndex(key) is { } index && index < Added.Count)
            return this with { Added = [.. Added.Where((_, i) => i != index)] };
        return this with { Removed = new HashSet<string>(Removed.Where(k => k != key), StringComparer.Ordinal) };
    }
}
