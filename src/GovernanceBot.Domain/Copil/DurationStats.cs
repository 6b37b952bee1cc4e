namespace GovernanceBot.Domain.Copil;

/// <summary>
/// Durations in days: how many, the median, the extremes and how they fall into <see cref="Buckets"/>
/// (upper bounds in days; the last bucket takes the rest). Empty when nothing has the duration yet.
/// </summary>
public sealed record DurationStats(int Count, double? MedianDays, double? ShortestDays, double? LongestDays, IReadOnlyList<DurationBucket> Distribution)
{
    public static IReadOnlyList<int> Buckets { get; } = [30, 90, 180, 365];

    public static DurationStats Of(IEnumerable<TimeSpan> durations)
    {
        var days = durations.Select(d => d.TotalDays).Order().ToList();
        var distribution = new List<DurationBucket>();
        var lower = 0;
        foreach (var upper in Buckets)
        {
            // The first bucket starts at zero inclusive: a same-day go-live counts.
            var from = lower;
            distribution.Add(new DurationBucket(from, upper, days.Count(d => (from == 0 || d > from) && d <= upper)));
            lower = upper;
        }
        distribution.Add(new DurationBucket(lower, null, days.Count(d => d > lower)));
        if (days.Count == 0) return new DurationStats(0, null, null, null, distribution);
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return new DurationStats(days.Count, median, days[0], days[^1], distribution);
    }
}

/// <summary>How many durations fall in (From, To] days; To null means "more than From".</summary>
public sealed record DurationBucket(int FromDays, int? ToDays, int Count);
