namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// The last few questions of one conversation, newest first. Turns older than the expiry are forgotten:
/// a question asked long after the previous one starts afresh.
/// </summary>
public sealed record ConversationContext(IReadOnlyList<ConversationTurn> Turns)
{
    public static ConversationContext Empty { get; } = new([]);

    /// <summary>The turns still fresh at <paramref name="now"/>, newest first.</summary>
    public IReadOnlyList<ConversationTurn> Recent(DateTimeOffset now, TimeSpan expiry) =>
        Turns.Where(t => now - t.At <= expiry && t.At <= now + expiry).OrderByDescending(t => t.At).ToList();

    /// <summary>This context with <paramref name="turn"/> added, keeping the <paramref name="keep"/> newest fresh turns.</summary>
    public ConversationContext With(ConversationTurn turn, int keep, TimeSpan expiry) =>
        new(Recent(turn.At, expiry).Prepend(turn).Take(keep).ToList());
}
