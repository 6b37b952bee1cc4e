using System.Buffers;
using System.Globalization;
using System.Text.Json;
using GovernanceBot.Storage.Validation;

namespace GovernanceBot.Storage.Sqlite;

/// <summary>
/// Stores an entity's properties as one JSON object whose members are <c>[typeCode, value]</c> pairs, so the
/// EDM type survives the round trip and <c>json_extract</c> yields values SQLite compares correctly:
/// numbers as numbers, dates as fixed-width UTC text, binaries as lower-case hex (byte order preserved).
/// </summary>
internal static class SqlitePropertyCodec
{
    public const string String = "S";
    public const string Int32 = "I";
    public const string Int64 = "L";
    public const string Double = "D";
    public const string Boolean = "B";
    public const string DateTime = "T";
    public const string Guid = "G";
    public const string Binary = "X";

    /// <summary>Fixed width, so text order equals time order.</summary>
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Encode(IReadOnlyDictionary<string, object?> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (value is null) continue;
                writer.WriteStartArray(name);
                writer.WriteStringValue(TypeCode(value));
                WriteValue(writer, value);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads the stored JSON (UTF-8) into <paramref name="entity"/>, keeping only <paramref name="select"/> when given.</summary>
    public static void Decode(ReadOnlySpan<byte> json, TableEntity entity, IReadOnlyList<string>? select)
    {
        // A forward-only reader: entities are decoded on every query row, so no document tree is built.
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            reader.Read();
            var code = reader.GetString();
            reader.Read();
            var value = ReadValue(ref reader, name, code);
            reader.Read();
            if (select is null || select.Contains(name, StringComparer.Ordinal)) entity[name] = value;
        }
    }

    public static string TypeCode(object value) => value switch
    {
        string => String,
        int => Int32,
        long => Int64,
        double => Double,
        bool => Boolean,
        DateTimeOffset or System.DateTime => DateTime,
        System.Guid => Guid,
        byte[] => Binary,
        _ => throw new StorageValidationException($"Unsupported property type {value.GetType().Name}."),
    };

    /// <summary>The value as SQLite sees it through json_extract, for use as a query parameter.</summary>
    public static object SqlValue(object value) => value switch
    {
        DateTimeOffset d => FormatDate(d),
        System.DateTime d => FormatDate(EntityValidator.ToUtc(d)),
        System.Guid g => g.ToString("D"),
        byte[] b => Convert.ToHexStringLower(b),
        bool b => b ? 1 : 0,
        _ => value,
    };

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDate(string text) =>
        new(System.DateTime.ParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    private static object ReadValue(ref Utf8JsonReader reader, string name, string? code) => code switch
    {
        String => reader.GetString()!,
        Int32 => reader.GetInt32(),
        Int64 => reader.GetInt64(),
        Double => reader.GetDouble(),
        Boolean => reader.GetBoolean(),
        DateTime => ParseDate(reader.GetString()!),
        Guid => reader.GetGuid(),
        Binary => Convert.FromHexString(reader.GetString()!),
        _ => throw new StorageException($"Stored property '{name}' has unknown type code '{code}'."),
    };

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            default: writer.WriteStringValue((string)SqlValue(value)); break;
        }
    }
}
