using System.Globalization;
using System.Text;
using System.Text.Json;
using GovernanceBot.Storage;

namespace GovernanceBot.DataMove;

/// <summary>
/// One table as JSON Lines: one entity per line with its keys and typed properties, so a copy keeps
/// Int32 apart from Int64, dates as dates and binary as binary. ETags and timestamps are not copied:
/// the target store assigns its own.
/// </summary>
public static class TableDump
{
    public const string Extension = ".jsonl";

    public static string Write(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("pk", entity.PartitionKey);
            json.WriteString("rk", entity.RowKey);
            json.WriteStartObject("p");
            foreach (var (name, value) in entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (value is null) continue;
                json.WriteStartObject(name);
                var (type, text) = Encode(value);
                json.WriteString("t", type);
                json.WriteString("v", text);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one line; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TableEntity Read(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var entity = new TableEntity(root.GetProperty("pk").GetString() ?? throw new FormatException("pk is null"),
            root.GetProperty("rk").GetString() ?? throw new FormatException("rk is null"));
        foreach (var property in root.GetProperty("p").EnumerateObject())
            entity[property.Name] = Decode(property.Value.GetProperty("t").GetString(), property.Value.GetProperty("v").GetString() ?? "");
        return entity;
    }

    private static (string Type, string Text) Encode(object value) => value switch
    {
        string s => ("String", s),
        int i => ("Int32", i.ToString(CultureInfo.InvariantCulture)),
        long l => ("Int64", l.ToString(CultureInfo.InvariantCulture)),
        double d => ("Double", d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => ("Boolean", b ? "true" : "false"),
        DateTimeOffset d => ("DateTime", d.ToString("O", CultureInfo.InvariantCulture)),
        DateTime d => ("DateTime", new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)).ToString("O", CultureInfo.InvariantCulture)),
        Guid g => ("Guid", g.ToString("D")),
        byte[] bytes => ("Binary", Convert.ToBase64String(bytes)),
        _ => throw new FormatException($"Property type {value.GetType().Name} cannot be exported."),
    };

    private static object Decode(string? type, string text) => type switch
    {
        "String" => text,
        "Int32" => int.Parse(text, CultureInfo.InvariantCulture),
        "Int64" => long.Parse(text, CultureInfo.InvariantCulture),
        "Double" => double.Parse(text, CultureInfo.InvariantCulture),
        "Boolean" => text == "true",
        "DateTime" => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        "Guid" => Guid.Parse(text),
        "Binary" => Convert.FromBase64String(text),
        _ => throw new FormatException($"Unknown property type '{type}'."),
    };
}
