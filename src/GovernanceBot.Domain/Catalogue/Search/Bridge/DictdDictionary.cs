using System.IO.Compression;
using System.Text;

namespace GovernanceBot.Domain.Catalogue.Search.Bridge;

/// <summary>
/// Reads a dictd dictionary (the format Debian's FreeDict packages ship): a tab-separated index of
/// headword, offset and length (both in dictd's base-64 digits) into the data file, which is gzip
/// compressed (dictzip is gzip with a random-access table in the header, so any gzip reader reads it).
/// </summary>
public static class DictdDictionary
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Every entry's article text (headword line, then senses), skipping the "00database…" metadata.</summary>
    public static IEnumerable<string> Articles(Stream index, Stream compressedData)
    {
        byte[] data;
        using (var gzip = new GZipStream(compressedData, CompressionMode.Decompress, leaveOpen: true))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            data = buffer.ToArray();
        }
        using var reader = new StreamReader(index, Encoding.UTF8, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[0].StartsWith("00database", StringComparison.Ordinal)) continue;
            if (!TryDecode(parts[1], out var offset) || !TryDecode(parts[2], out var length)) continue;
            if (offset < 0 || length <= 0 || offset + length > data.Length) continue;
            yield return Encoding.UTF8.GetString(data, (int)offset, (int)length);
        }
    }

    /// <summary>dictd's numbers: base 64, most significant digit first, alphabet A–Z a–z 0–9 + /.</summary>
    public static bool TryDecode(string digits, out long value)
    {
        value = 0;
        if (digits.Length is 0 or > 10) return false;
        foreach (var c in digits)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0) return false;
            value = value * 64 + digit;
        }
        return true;
    }
}
