using System.Globalization;
using System.Text;

namespace GovernanceBot.Storage;

/// <summary>
/// Builds keys that every provider accepts and that sort the way features need. See docs/storage.md.
/// </summary>
public static class TableKeys
{
    /// <summary>Escape character of <see cref="Encode"/>: URL-safe, so encoded keys travel unchanged in REST paths.</summary>
    public const char EscapeCharacter = '~';

    /// <summary>Width of <see cref="InvertedTicks"/>: long.MaxValue-sized tick counts have 19 digits.</summary>
    public const int InvertedTicksWidth = 19;

    /// <summary>
    /// Makes any non-empty text usable as a PartitionKey or RowKey: characters Azure forbids in keys
    /// (<c>/ \ # ?</c>, U+0000–U+001F, U+007F–U+009F) and the escape character itself become
    /// <c>~XX</c> (two upper-case hex digits). Reversed by <see cref="Decode"/>.
    /// </summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape)) return value;
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c)) builder.Append(EscapeCharacter).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Restores the text given to <see cref="Encode"/>.</summary>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains(EscapeCharacter)) return key;
        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != EscapeCharacter)
            {
                builder.Append(key[i]);
                continue;
            }
            if (i + 2 >= key.Length
                || !int.TryParse(key.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException($"'{key}' is not a key produced by TableKeys.Encode (bad escape at {i}).");
            }
            builder.Append((char)code);
            i += 2;
        }
        return builder.ToString();
    }

    /// <summary>
    /// A fixed-width, zero-padded string that sorts newest first: later instants give smaller strings,
    /// so a RowKey starting with it lists recent items first in a plain partition scan.
    /// </summary>
    public static string InvertedTicks(DateTimeOffset instant) =>
        (DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The instant an <see cref="InvertedTicks"/> string was built from (UTC).</summary>
    public static DateTimeOffset FromInvertedTicks(string invertedTicks) =>
        new(DateTimeOffset.MaxValue.UtcTicks - long.Parse(invertedTicks.AsSpan(0, InvertedTicksWidth), NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero);

    /// <summary>True for characters Azure Table Storage rejects in keys.</summary>
    public static bool IsForbiddenKeyCharacter(char c) =>
        c is '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    private static bool NeedsEscape(char c) => c == EscapeCharacter || IsForbiddenKeyCharacter(c);
}
