using System.Globalization;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// Turns an update frequency — an ISO 8601 repeating duration as DCAT-US writes it (<c>R/P1M</c>,
/// <c>R/PT1H</c>) or a word — into one of a few plain words the answers can translate.
/// </summary>
public static partial class UpdateFrequencies
{
    public const string Continuous = "continuous";
    public const string Hourly = "hourly";
    public const string Daily = "daily";
    public const string Weekly = "weekly";
    public const string Monthly = "monthly";
    public const string Quarterly = "quarterly";
    public const string Yearly = "yearly";
    public const string Irregular = "irregular";

    public static readonly IReadOnlyList<string> All = [Continuous, Hourly, Daily, Weekly, Monthly, Quarterly, Yearly, Irregular];

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["continuous"] = Continuous, ["continu"] = Continuous, ["real time"] = Continuous, ["temps réel"] = Continuous,
        ["hourly"] = Hourly, ["horaire"] = Hourly,
        ["daily"] = Daily, ["quotidien"] = Daily, ["quotidienne"] = Daily,
        ["weekly"] = Weekly, ["hebdomadaire"] = Weekly,
        ["monthly"] = Monthly, ["mensuel"] = Monthly, ["mensuelle"] = Monthly,
        ["quarterly"] = Quarterly, ["trimestriel"] = Quarterly, ["trimestrielle"] = Quarterly,
        ["annual"] = Yearly, ["yearly"] = Yearly, ["annuel"] = Yearly, ["annuelle"] = Yearly,
        ["irregular"] = Irregular, ["irrégulier"] = Irregular, ["irreguliere"] = Irregular, ["as needed"] = Irregular,
    };

    /// <summary>The plain word, "" when the value is empty, or the value itself when it means nothing known.</summary>
    public static string Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var text = value.Trim();
        if (Words.TryGetValue(text, out var word)) return word;
        var match = Iso().Match(text);
        if (!match.Success) return text;
        var days = ToDays(match);
        return days switch
        {
            null => text,
            < 1.0 / 24 => Continuous,
            < 1 => Hourly,
            < 7 => Daily,
            < 28 => Weekly,
            < 80 => Monthly,
            < 300 => Quarterly,
            < 1000 => Yearly,
            _ => Irregular,
        };
    }

    private static double? ToDays(Match match)
    {
        double Part(string name) =>
            match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

        var days = Part("y") * 365 + Part("mo") * 30 + Part("w") * 7 + Part("d") + Part("h") / 24 + Part("mi") / 1440 + Part("s") / 86400;
        return days > 0 ? days : null;
    }

    [GeneratedRegex(@"^(?:R\d*/)?P(?:(?<y>\d+(?:\.\d+)?)Y)?(?:(?<mo>\d+(?:\.\d+)?)M)?(?:(?<w>\d+(?:\.\d+)?)W)?(?:(?<d>\d+(?:\.\d+)?)D)?(?:T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<mi>\d+(?:\.\d+)?)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Iso();
}
