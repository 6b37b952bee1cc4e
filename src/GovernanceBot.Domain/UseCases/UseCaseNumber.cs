using System.Globalization;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// The human id a use case gets when first submitted, "UC-2026-0042": the year and a sequence that restarts
/// each year, at least four digits. Allocated by the store so that it has no gaps and no duplicates.
/// </summary>
public readonly partial record struct UseCaseNumber(int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"UC-{Year:D4}-{Sequence:D4}");

    /// <summary>Reads "UC-2026-0042" (any case, leading zeros optional); null for anything else.</summary>
    public static UseCaseNumber? TryParse(string? text)
    {
        if (text is null) return null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var sequence = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return sequence == 0 ? null : new UseCaseNumber(year, sequence);
    }

    [GeneratedRegex(@"^UC-(\d{4})-(\d{1,7})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
