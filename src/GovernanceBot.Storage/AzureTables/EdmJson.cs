using System.Buffers;
using System.Globalization;
using System.Text.Json;
using GovernanceBot.Storage.Validation;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>
/// Entities in the Table service's JSON format. Types JSON cannot tell apart travel with an
/// <c>Name@odata.type</c> annotation: Edm.Int64 as a string, Edm.DateTime, Edm.Guid, Edm.Binary (base64), and
/// Edm.Double (so whole doubles are not read back as Int32).
/// </summary>
internal static class EdmJson
{
    private const string TypeSuffix = "@odata.type";
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static byte[] Write(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity.Properties)
            {
                if (value is not null) WriteProperty(writer, name, value);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static TableEntity Read(JsonElement json, IReadOnlyList<string>? select)
    {
        var entity = new TableEntity(json.GetProperty("PartitionKey").GetString()!, json.GetProperty("RowKey").GetString()!);
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name == "odata.etag")
            {
                entity.ETag = property.Value.GetString();
                continue;
            }
            if (name.Contains('@') || name.StartsWith("odata.", StringComparison.Ordinal) || name is "PartitionKey" or "RowKey") continue;
            if (name == "Timestamp")
            {
                entity.Timestamp = ParseDate(property.Value.GetString()!);
                continue;
            }
            if (select is not null && !select.Contains(name, StringComparer.Ordinal)) continue;
            var type = json.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            entity[name] = ReadValue(property.Value, type);
        }
        return entity;
    }

    /// <summary>OData literal of a value in a <c>$filter</c>, typed the same way the value is stored.</summary>
    public static string Literal(object value) => value switch
    {
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => DoubleLiteral(d),
        bool b => b ? "true" : "false",
        DateTimeOffset d => "datetime'" + FormatDate(d) + "'",
        DateTime d => "datetime'" + FormatDate(EntityValidator.ToUtc(d)) + "'",
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] b => "X'" + Convert.ToHexStringLower(b) + "'",
        _ => throw new StorageValidationException($"Cannot filter on a value of type {value.GetType().Name}."),
    };

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s: writer.WriteString(name, s); break;
            case int i: writer.WriteNumber(name, i); break;
            case bool b: writer.WriteBoolean(name, b); break;
            case long l:
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                writer.WriteString(name + TypeSuffix, "Edm.Int64");
                break;
            case double d:
                writer.WriteNumber(name, d);
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                break;
            case DateTimeOffset d:
                writer.WriteString(name, FormatDate(d));
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                break;
            case DateTime d:
                writer.WriteString(name, FormatDate(EntityValidator.ToUtc(d)));
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                break;
            case Guid g:
                writer.WriteString(name, g.ToString("D"));
                writer.WriteString(name + TypeSuffix, "Edm.Guid");
                break;
            case byte[] bytes:
                writer.WriteBase64String(name, bytes);
                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                break;
            default:
                throw new StorageValidationException($"Property '{name}' has unsupported type {value.GetType().Name}.");
        }
    }

    private static object? ReadValue(JsonElement value, string? type) => type switch
    {
        "Edm.Int64" => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
        "Edm.Int32" => value.GetInt32(),
        "Edm.Double" => value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble(),
        "Edm.DateTime" => ParseDate(value.GetString()!),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        "Edm.Boolean" => value.GetBoolean(),
        "Edm.String" => value.GetString(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var i) => i,
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.Null => null,
            _ => throw new StorageException($"Unexpected JSON {value.ValueKind} in an entity."),
        },
    };

    private static string DoubleLiteral(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('.') || text.Contains('E')) return text;
        // A literal without a decimal point is an integer in OData; keep it a double.
        return text + ".0";
    }
}
