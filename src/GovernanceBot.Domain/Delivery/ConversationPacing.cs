namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// Spaces messages to one conversation so no more than <c>perSecond</c> leave within any window of
/// <see cref="Window"/> (Teams throttles a conversation above about seven a second; the window is a
/// little longer than a second so network jitter cannot pack one more into Teams' second).
/// Not thread-safe: one sender owns one instance.
/// </summary>
public sealed class ConversationPacing(int perSecond)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1.1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = [];

    /// <summary>How long to wait before the next message to <paramref name="conversation"/> may leave; zero when it may go now.</summary>
    public TimeSpan WaitBefore(string conversation, DateTimeOffset now)
    {
        if (!_recent.TryGetValue(conversation, out var sent)) return TimeSpan.Zero;
        Trim(sent, now);
        return sent.Count < perSecond ? TimeSpan.Zero : sent.Peek() + Window - now;
    }

    public void Record(string conversation, DateTimeOffset at)
    {
        if (!_recent.TryGetValue(conversation, out var sent)) _recent[conversation] = sent = new Queue<DateTimeOffset>();
        sent.Enqueue(at);
        Trim(sent, at);
    }

    /// <summary>Forgets conversations with nothing sent in the last second, so the map does not grow with every channel ever posted to.</summary>
    public void Forget(DateTimeOffset now)
    {
        foreach (var (conversation, sent) in _recent.ToArray())
        {
            Trim(sent, now);
            if (sent.Count == 0) _recent.Remove(conversation);
        }
    }

    private static void Trim(Queue<DateTimeOffset> sent, DateTimeOffset now)
    {
        while (sent.Count > 0 && now - sent.Peek() >= Window) sent.Dequeue();
    }
}
