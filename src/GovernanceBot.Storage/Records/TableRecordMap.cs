using System.Reflection;

namespace GovernanceBot.Storage.Records;

/// <summary>
/// How a plain C# record is stored in one table: the table name, how its keys are made, and one column per
/// property (named and typed after the property). Declare one per record and key scheme, as a static field:
/// <code>
/// public static readonly TableRecordMap&lt;Draft&gt; Map = new("Drafts");                        // keys from [PartitionKey]/[RowKey] properties
/// public static readonly TableRecordMap&lt;Item&gt; ByDate = new("Items", i =&gt; i.Owner, i =&gt; TableKeys.InvertedTicks(i.At)); // computed keys
/// </code>
/// A property marked <see cref="PartitionKeyAttribute"/> or <see cref="RowKeyAttribute"/> is the key itself (not
/// stored twice, read back from the key); a key selector computes the key and every property is stored.
/// </summary>
public sealed class TableRecordMap<T> where T : class
{
    private readonly Func<T, string> _partitionKey;
    private readonly Func<T, string> _rowKey;
    private readonly ConstructorInfo _constructor;
    private readonly RecordProperty?[] _constructorArguments;
    private readonly RecordProperty[] _properties;
    private readonly RecordProperty[] _initProperties;

    /// <param name="tableName">The logical table name (the storage adds its prefix).</param>
    /// <param name="partitionKey">Computes the PartitionKey; omit when a property is marked <see cref="PartitionKeyAttribute"/>.</param>
    /// <param name="rowKey">Computes the RowKey; omit when a property is marked <see cref="RowKeyAttribute"/>.</param>
    public TableRecordMap(string tableName, Func<T, string>? partitionKey = null, Func<T, string>? rowKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        TableName = tableName;
        _constructor = typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{typeof(T).Name} needs a public constructor to be read from a table.");
        var parameters = _constructor.GetParameters();
        var nullability = new NullabilityInfoContext();
        _properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .Select(p => (Property: p, Parameter: parameters.FirstOrDefault(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            // Only what can be read back: constructor parameters and settable properties; computed ones are not stored.
            .Where(p => p.Parameter is not null || p.Property.SetMethod is { IsPublic: true })
            .Select(p => new RecordProperty(p.Property, p.Parameter, nullability))
            .ToArray();
        _constructorArguments = parameters.Select(a => _properties.FirstOrDefault(p => p.Parameter == a)
            ?? throw new InvalidOperationException($"{typeof(T).Name}'s constructor parameter '{a.Name}' matches no public property.")).ToArray();
        _initProperties = _properties.Where(p => p.Parameter is null).ToArray();
        _partitionKey = KeySelector(partitionKey, RecordProperty.KeyRole.PartitionKey);
        _rowKey = KeySelector(rowKey, RecordProperty.KeyRole.RowKey);
    }

    public string TableName { get; }

    public (string PartitionKey, string RowKey) KeysOf(T record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (_partitionKey(record), _rowKey(record));
    }

    /// <summary>The entity to write: keys, then one property per non-null, non-key record property.</summary>
    public TableEntity ToEntity(T record)
    {
        var (partitionKey, rowKey) = KeysOf(record);
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var property in _properties)
        {
            if (property.Key == RecordProperty.KeyRole.None && property.ToStored(record) is { } value) entity[property.Name] = value;
        }
        return entity;
    }

    /// <summary>
    /// The record an entity holds. Properties the record does not declare are ignored. A missing property is
    /// the constructor parameter's default when it has one, null when nullable, left at its initial value for an optional
    /// settable property, and a <see cref="RecordMappingException"/> otherwise.
    /// </summary>
    public T FromEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var where = $"'{TableName}' entity ({entity.PartitionKey}, {entity.RowKey})";
        var arguments = _constructorArguments.Select(p => Read(p!, entity, where, out var value) ? value : Missing(p!, where)).ToArray();
        var record = (T)_constructor.Invoke(arguments);
        foreach (var property in _initProperties)
        {
            if (Read(property, entity, where, out var value)) property.Property.SetValue(record, value);
            else if (property.IsRequiredMember && !property.IsNullable) throw MissingError(property, where);
        }
        return record;
    }

    private static bool Read(RecordProperty property, TableEntity entity, string where, out object? value)
    {
        value = property.Key switch
        {
            RecordProperty.KeyRole.PartitionKey => entity.PartitionKey,
            RecordProperty.KeyRole.RowKey => entity.RowKey,
            _ => entity[property.Name] is { } stored ? property.FromStored(stored, where) : null,
        };
        return value is not null;
    }

    private static object? Missing(RecordProperty property, string where) =>
        property.Parameter!.HasDefaultValue ? property.Parameter.DefaultValue
        : property.IsNullable ? null
        : throw MissingError(property, where);

    private static RecordMappingException MissingError(RecordProperty property, string where) =>
        new($"{where} has no '{property.Name}' property, which {typeof(T).Name} requires.");

    private Func<T, string> KeySelector(Func<T, string>? selector, RecordProperty.KeyRole role)
    {
        var marked = _properties.Where(p => p.Key == role).ToArray();
        return (selector, marked.Length) switch
        {
            (not null, 0) => selector,
            (null, 1) => record => (string?)marked[0].Property.GetValue(record)
                ?? throw new StorageValidationException($"{typeof(T).Name}.{marked[0].Name} is the {role} and must not be null."),
            (not null, _) => throw new InvalidOperationException($"{typeof(T).Name} marks {marked[0].Name} as its {role} and its map also computes one: keep one."),
            (null, 0) => throw new InvalidOperationException($"{typeof(T).Name} needs a {role}: mark one string property [{role}] or give the map a {role} selector."),
            _ => throw new InvalidOperationException($"{typeof(T).Name} marks several properties as its {role}."),
        };
    }
}
