using System.Text;

namespace GovernanceBot.Storage.Validation;

/// <summary>
/// Azure Table Storage limits, checked before any I/O so both providers reject the same entities with a
/// clear message instead of an opaque 400 from the service.
/// </summary>
internal static class EntityValidator
{
    /// <summary>Cosmos DB for Table caps RowKey at 1,023 bytes; using it for both keys keeps one rule everywhere.</summary>
    public const int MaxKeyBytes = 1023;
    public const int MaxCustomProperties = 252;
    public const int MaxPropertyNameLength = 255;
    public const int MaxStringChars = 32 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxTransactionActions = 100;

    /// <summary>Edm.DateTime cannot hold instants before this.</summary>
    public static readonly DateTimeOffset MinDateTime = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>System properties every entity carries; a custom property may not shadow them.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "ETag" };

    public static void ValidateKeys(string? partitionKey, string? rowKey)
    {
        ValidateKey(partitionKey, "PartitionKey");
        ValidateKey(rowKey, "RowKey");
    }

    public static void ValidateKey(string? key, string keyName)
    {
        if (string.IsNullOrEmpty(key)) throw new StorageValidationException($"{keyName} must not be empty.");
        for (var i = 0; i < key.Length; i++)
        {
            if (TableKeys.IsForbiddenKeyCharacter(key[i]))
            {
                throw new StorageValidationException(
                    $"{keyName} '{Printable(key)}' contains the forbidden character U+{(int)key[i]:X4} at position {i}; build keys with TableKeys.Encode.");
            }
        }
        var bytes = Encoding.UTF8.GetByteCount(key);
        if (bytes > MaxKeyBytes)
        {
            throw new StorageValidationException($"{keyName} is {bytes} bytes long; the limit is {MaxKeyBytes} bytes (UTF-8).");
        }
    }

    /// <summary>Checks keys, property names, types, sizes and counts of an entity about to be written.</summary>
    public static void ValidateEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKeys(entity.PartitionKey, entity.RowKey);
        var count = 0;
        long size = 4 + (entity.PartitionKey.Length + 1) * 2 + (entity.RowKey.Length + 1) * 2;
        foreach (var (name, value) in entity.Properties)
        {
            ValidatePropertyName(name);
            if (value is null) continue;
            count++;
            size += 8 + name.Length * 2 + ValueSize(name, value);
        }
        if (count > MaxCustomProperties)
        {
            throw new StorageValidationException(
                $"Entity ({entity.PartitionKey}, {entity.RowKey}) has {count} properties; the limit is {MaxCustomProperties}.");
        }
        if (size > MaxEntityBytes)
        {
            throw new StorageValidationException(
                $"Entity ({entity.PartitionKey}, {entity.RowKey}) is about {size} bytes; the limit is {MaxEntityBytes} bytes.");
        }
    }

    public static void ValidatePropertyName(string name)
    {
        if (string.IsNullOrEmpty(name)) throw new StorageValidationException("Property names must not be empty.");
        if (name.Length > MaxPropertyNameLength)
        {
            throw new StorageValidationException($"Property name '{name[..40]}…' is {name.Length} characters; the limit is {MaxPropertyNameLength}.");
        }
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new StorageValidationException(
                $"Property name '{Printable(name)}' is invalid: use ASCII letters, digits and '_', starting with a letter or '_'.");
        }
        if (ReservedNames.Contains(name))
        {
            throw new StorageValidationException($"Property name '{name}' is reserved by the table service.");
        }
    }

    /// <summary>Checks a value's type and limits; returns its approximate stored size in bytes.</summary>
    public static long ValueSize(string name, object value) => value switch
    {
        string s when s.Length > MaxStringChars => throw new StorageValidationException(
            $"Property '{name}' holds {s.Length} characters; strings are limited to {MaxStringChars} (64 KiB)."),
        string s => 4 + s.Length * 2L,
        byte[] b when b.Length > MaxBinaryBytes => throw new StorageValidationException(
            $"Property '{name}' holds {b.Length} bytes; binary values are limited to {MaxBinaryBytes} (64 KiB)."),
        byte[] b => 4 + b.Length,
        int => 4,
        long => 8,
        double d when !double.IsFinite(d) => throw new StorageValidationException($"Property '{name}' is {d}; only finite doubles are stored."),
        double => 8,
        bool => 1,
        DateTimeOffset d => CheckDate(name, d),
        DateTime d => CheckDate(name, ToUtc(d)),
        Guid => 16,
        _ => throw new StorageValidationException(
            $"Property '{name}' has unsupported type {value.GetType().Name}; use string, int, long, double, bool, DateTimeOffset, Guid or byte[]."),
    };

    /// <summary>DateTime values are stored as UTC instants; an unspecified kind is taken as UTC.</summary>
    public static DateTimeOffset ToUtc(DateTime value) =>
        value.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(value, TimeSpan.Zero) : new DateTimeOffset(value).ToUniversalTime();

    public static void ValidateQuery(TableQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PartitionKey is not null) ValidateKey(query.PartitionKey, "PartitionKey");
        if (query.Top is <= 0) throw new StorageValidationException($"Top must be positive (was {query.Top}).");
        if (query.Select is not null)
        {
            foreach (var name in query.Select) ValidatePropertyName(name);
        }
        if (query.Filter is not null) ValidateFilter(query.Filter);
    }

    public static void ValidateFilter(TableFilter filter)
    {
        switch (filter)
        {
            case TableFilter.Combination c:
                ValidateFilter(c.Left);
                ValidateFilter(c.Right);
                break;
            case TableFilter.Comparison c when c.Property is "PartitionKey" or "RowKey":
                if (c.Value is not string) throw new StorageValidationException($"{c.Property} can only be compared with a string.");
                break;
            case TableFilter.Comparison c when c.Property == "Timestamp":
                if (c.Value is not (DateTimeOffset or DateTime)) throw new StorageValidationException("Timestamp can only be compared with a date.");
                break;
            case TableFilter.Comparison c:
                ValidatePropertyName(c.Property);
                if (c.Value is null) throw new StorageValidationException($"Filter on '{c.Property}' compares with null, which tables cannot express.");
                ValueSize(c.Property, c.Value);
                break;
        }
    }

    public static void ValidateTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0) throw new StorageValidationException("A transaction needs at least one action.");
        if (actions.Count > MaxTransactionActions)
        {
            throw new StorageValidationException($"A transaction holds at most {MaxTransactionActions} actions ({actions.Count} given).");
        }
        var partitionKey = actions[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (action.Type == TableTransactionActionType.Delete) ValidateKeys(action.Entity.PartitionKey, action.Entity.RowKey);
            else ValidateEntity(action.Entity);
            if (!string.Equals(action.Entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new StorageValidationException(
                    $"All actions of a transaction must share one PartitionKey ('{partitionKey}' and '{action.Entity.PartitionKey}' given).");
            }
            if (!rowKeys.Add(action.Entity.RowKey))
            {
                throw new StorageValidationException($"A transaction may touch RowKey '{action.Entity.RowKey}' only once.");
            }
        }
    }

    private static long CheckDate(string name, DateTimeOffset value) => value < MinDateTime
        ? throw new StorageValidationException($"Property '{name}' is {value:O}; dates before 1601-01-01 UTC cannot be stored.")
        : 8;

    private static string Printable(string text) =>
        string.Concat(text.Take(80).Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
