namespace GovernanceBot.Storage;

/// <summary>
/// A query both providers can run: a partition, an optional row-key range, an optional property filter,
/// a projection and a limit. Results come in PartitionKey, RowKey order.
/// </summary>
public sealed record TableQuery
{
    public string? PartitionKey { get; init; }

    /// <summary>Inclusive lower bound on RowKey.</summary>
    public string? RowKeyFrom { get; init; }

    /// <summary>Exclusive upper bound on RowKey.</summary>
    public string? RowKeyTo { get; init; }

    public TableFilter? Filter { get; init; }

    /// <summary>Properties to return (keys and ETag always come back); null for all.</summary>
    public IReadOnlyList<string>? Select { get; init; }

    /// <summary>Maximum number of entities returned in total; null for all.</summary>
    public int? Top { get; init; }

    public static TableQuery InPartition(string partitionKey) => new() { PartitionKey = partitionKey };

    /// <summary>All rows of a partition whose RowKey starts with <paramref name="prefix"/>.</summary>
    public static TableQuery WithRowKeyPrefix(string partitionKey, string prefix) => new()
    {
        PartitionKey = partitionKey,
        RowKeyFrom = prefix,
        RowKeyTo = prefix + '\uffff',
    };
}

/// <summary>A property filter: comparisons of one property with a constant, combined with and/or.</summary>
public abstract record TableFilter
{
    public static TableFilter Equal(string property, object value) => new Comparison(property, FilterOperator.Equal, value);
    public static TableFilter NotEqual(string property, object value) => new Comparison(property, FilterOperator.NotEqual, value);
    public static TableFilter GreaterThan(string property, object value) => new Comparison(property, FilterOperator.GreaterThan, value);
    public static TableFilter GreaterThanOrEqual(string property, object value) => new Comparison(property, FilterOperator.GreaterThanOrEqual, value);
    public static TableFilter LessThan(string property, object value) => new Comparison(property, FilterOperator.LessThan, value);
    public static TableFilter LessThanOrEqual(string property, object value) => new Comparison(property, FilterOperator.LessThanOrEqual, value);

    public TableFilter And(TableFilter other) => new Combination(this, FilterCombinator.And, other);
    public TableFilter Or(TableFilter other) => new Combination(this, FilterCombinator.Or, other);

    public sealed record Comparison(string Property, FilterOperator Operator, object Value) : TableFilter;
    public sealed record Combination(TableFilter Left, FilterCombinator Combinator, TableFilter Right) : TableFilter;
}

public enum FilterOperator { Equal, NotEqual, GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual }

public enum FilterCombinator { And, Or }
