namespace GovernanceBot.Storage;

/// <summary>
/// An entity: keys, ETag, timestamp and typed properties. Supported property types are string, int,
/// long, double, bool, DateTimeOffset, Guid and byte[] (the Azure Table EDM types the bot uses).
/// </summary>
public sealed class TableEntity
{
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; }
    public string RowKey { get; }
    public string? ETag { get; set; }
    public DateTimeOffset? Timestamp { get; set; }

    public IReadOnlyDictionary<string, object?> Properties => _properties;

    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set => _properties[name] = value;
    }

    public bool Remove(string name) => _properties.Remove(name);

    public string? GetString(string name) => this[name] as string;
    public int? GetInt32(string name) => this[name] switch { int i => i, long l => checked((int)l), _ => null };
    public long? GetInt64(string name) => this[name] switch { long l => l, int i => i, _ => null };
    public double? GetDouble(string name) => this[name] switch { double d => d, int i => i, long l => l, _ => null };
    public bool? GetBoolean(string name) => this[name] as bool?;
    public DateTimeOffset? GetDateTimeOffset(string name) => this[name] switch { DateTimeOffset d => d, DateTime d => new DateTimeOffset(d), _ => null };
    public Guid? GetGuid(string name) => this[name] as Guid?;
    public byte[]? GetBinary(string name) => this[name] as byte[];
}
