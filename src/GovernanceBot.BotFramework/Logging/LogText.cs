using System.Globalization;
using System.Text;

namespace GovernanceBot.BotFramework.Logging;

/// <summary>
/// Makes a value that came from a request or a token safe to put in a log line: control characters
/// (line breaks, carriage returns, terminal escapes), Unicode line separators, bidirectional overrides and
/// lone surrogates are written as \uXXXX escapes, so a sender can neither forge a log line nor hide text;
/// long values are cut, so a sender cannot flood the log.
/// </summary>
public static class LogText
{
    /// <summary>Ids and reasons are far shorter; anything longer is cut and says how long it was.</summary>
    public const int MaxLength = 200;

    public static string Safe(string? value, int maxLength = MaxLength)
    {
        if (value is null) return "(none)";
        var cut = value.Length > maxLength;
        var shown = cut ? value[..maxLength] : value;
        if (!cut && !NeedsEscaping(shown)) return shown;

        var text = new StringBuilder(shown.Length + 16);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                text.Append(c).Append(shown[++i]);
                continue;
            }
            if (IsUnsafe(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        if (cut) text.Append(CultureInfo.InvariantCulture, $"…({value.Length} chars)");
        return text.ToString();
    }

    /// <summary>Whether <paramref name="value"/> holds no character that could rewrite or hide a log line (a backslash is fine).</summary>
    public static bool IsClean(string value) => !NeedsEscaping(value, escapeBackslash: false);

    private static bool NeedsEscaping(string value, bool escapeBackslash = true)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (c == '\\' ? escapeBackslash : IsUnsafe(c)) return true;
        }
        return false;
    }

    private static bool IsUnsafe(char c) =>
        c == '\\' // escaped too, so an escape in the log always means the sender's character was replaced
        || char.IsControl(c)
        || char.IsSurrogate(c) // only lone ones reach here
        || c is '\u2028' or '\u2029' // line and paragraph separators
        || c is >= '\u200e' and <= '\u200f' // left-to-right / right-to-left marks
        || c is >= '\u202a' and <= '\u202e' // bidirectional embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'; // bidirectional isolates
}
