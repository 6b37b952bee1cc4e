using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovernanceBot.Storage.Validation;

namespace GovernanceBot.Storage.Records;

/// <summary>
/// One property of a record and how its value is stored: table types as themselves, enums by name, anything
/// else (lists, dictionaries, nested records) as a JSON string. See docs/storage.md, "Typed records".
/// </summary>
internal sealed class RecordProperty
{
    /// <summary>Web defaults (camelCase, case-insensitive on read), enums by name; numeric enums still read.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly HashSet<Type> TableTypes =
        [typeof(string), typeof(int), typeof(long), typeof(double), typeof(bool), typeof(DateTimeOffset), typeof(DateTime), typeof(Guid), typeof(byte[])];

    private readonly Type _valueType;
    private readonly Kind _kind;

    private enum Kind { TableType, Enum, Json }

    public RecordProperty(PropertyInfo property, ParameterInfo? parameter, NullabilityInfoContext nullability)
    {
        Property = property;
        Parameter = parameter;
        Name = property.Name;
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        _valueType = underlying ?? property.PropertyType;
        IsNullable = underlying is not null
            || (!property.PropertyType.IsValueType && nullability.Create(property).ReadState == NullabilityState.Nullable);
        IsRequiredMember = property.IsDefined(typeof(RequiredMemberAttribute));
        Key = KeyOf(property, parameter);
        _kind = TableTypes.Contains(_valueType) ? Kind.TableType
            : _valueType.IsEnum ? Kind.Enum
            : !_valueType.IsValueType ? Kind.Json
            : throw new InvalidOperationException(
                $"{property.DeclaringType!.Name}.{Name} is a {_valueType.Name}, which tables cannot store: use string, int, long, double, bool, " +
                "DateTimeOffset, DateTime, Guid, byte[] or an enum; lists, dictionaries and nested records are stored as JSON.");
        if (Key != KeyRole.None && _valueType != typeof(string))
        {
            throw new InvalidOperationException($"{property.DeclaringType!.Name}.{Name} is marked as a key but keys are strings.");
        }
        try
        {
            if (Key == KeyRole.None) EntityValidator.ValidatePropertyName(Name);
        }
        catch (StorageValidationException e)
        {
            throw new InvalidOperationException($"{property.DeclaringType!.Name}.{Name} cannot be stored: {e.Message}", e);
        }
    }

    public enum KeyRole { None, PartitionKey, RowKey }

    public string Name { get; }
    public PropertyInfo Property { get; }

    /// <summary>The constructor parameter that sets this property, if any.</summary>
    public ParameterInfo? Parameter { get; }

    public bool IsNullable { get; }
    public bool IsRequiredMember { get; }
    public KeyRole Key { get; }

    /// <summary>The value to store, or null when the property is null (not stored).</summary>
    public object? ToStored(object record)
    {
        var value = Property.GetValue(record);
        return value is null ? null : _kind switch
        {
            Kind.Enum => value.ToString(),
            Kind.Json => JsonSerializer.Serialize(value, Property.PropertyType, Json),
            _ => value,
        };
    }

    /// <summary>The property's value read from a stored one; <paramref name="where"/> names the entity in errors.</summary>
    public object? FromStored(object stored, string where)
    {
        switch (_kind)
        {
            case Kind.Enum when stored is string name && Enum.TryParse(_valueType, name, ignoreCase: false, out var member):
                return member;
            case Kind.Enum:
                throw Mismatch(stored, where, $"a {_valueType.Name} name ({string.Join(", ", Enum.GetNames(_valueType))})");
            case Kind.Json when stored is string json:
                try
                {
                    return JsonSerializer.Deserialize(json, Property.PropertyType, Json)
                        ?? (IsNullable ? null : throw new RecordMappingException($"{where}: property '{Name}' holds JSON null, but {Describe()} is required."));
                }
                catch (JsonException e)
                {
                    throw new RecordMappingException($"{where}: property '{Name}' is not valid JSON for {Describe()}: {e.Message}", e);
                }
            case Kind.Json:
                throw Mismatch(stored, where, "a JSON string");
        }
        return (_valueType.Name, stored) switch
        {
            (_, _) when stored.GetType() == _valueType => stored,
            (nameof(Int32), long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
            (nameof(Int64), int i) => (long)i,
            (nameof(Double), int i) => (double)i,
            (nameof(Double), long l) => (double)l,
            (nameof(DateTimeOffset), DateTime d) => EntityValidator.ToUtc(d),
            (nameof(DateTime), DateTimeOffset d) => d.UtcDateTime,
            _ => throw Mismatch(stored, where, _valueType.Name),
        };
    }

    private string Describe() => $"{Property.DeclaringType!.Name}.{Name}";

    private RecordMappingException Mismatch(object stored, string where, string expected) =>
        new($"{where}: property '{Name}' holds a {stored.GetType().Name} ({Shorten(stored)}), but {Describe()} needs {expected}.");

    private static string Shorten(object value)
    {
        var text = value is byte[] bytes ? $"{bytes.Length} bytes" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    private static KeyRole KeyOf(PropertyInfo property, ParameterInfo? parameter)
    {
        bool Marked<TAttribute>() where TAttribute : Attribute => property.IsDefined(typeof(TAttribute)) || parameter?.IsDefined(typeof(TAttribute)) == true;
        return (Marked<PartitionKeyAttribute>(), Marked<RowKeyAttribute>()) switch
        {
            (true, true) => throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} cannot be both PartitionKey and RowKey."),
            (true, false) => KeyRole.PartitionKey,
            (false, true) => KeyRole.RowKey,
            _ => KeyRole.None,
        };
    }
}
