using System.Globalization;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Newsletter;

/// <summary>A calendar quarter, the newsletter's period: "2026-Q4" is October to December 2026.</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>The storage and card form, "2026-Q4".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");

    /// <summary>How readers see it: "T4 2026" in French, "Q4 2026" in English.</summary>
    public string Label(Language language) => string.Create(CultureInfo.InvariantCulture, $"{(language == Language.English ? "Q" : "T")}{Number} {Year}");

    public static Quarter? TryParse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true }) return null;
        return new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
