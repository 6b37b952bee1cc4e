namespace GovernanceBot.Domain.Newsletter;

/// <summary>When the issue goes out (an instant, and the time zone it was chosen in, to show it back) and to which registered channels.</summary>
public sealed record NewsletterSchedule(DateTimeOffset At, string TimeZoneId, IReadOnlyList<string> ChannelIds)
{
    public bool Equals(NewsletterSchedule? other) =>
        other is not null && At == other.At && TimeZoneId == other.TimeZoneId && ChannelIds.SequenceEqual(other.ChannelIds);

    public override int GetHashCode() => HashCode.Combine(At, TimeZoneId, ChannelIds.Count);
}
