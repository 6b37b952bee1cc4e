using System.Globalization;
using Azure.Data.Tables;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>Translates a <see cref="TableQuery"/> into the <c>$filter</c> expression of the Table service.</summary>
internal static class ODataFilter
{
    public static string? For(TableQuery query)
    {
        var clauses = new List<string>();
        if (query.PartitionKey is not null) clauses.Add("PartitionKey eq " + Literal(query.PartitionKey));
        if (query.RowKeyFrom is not null) clauses.Add("RowKey ge " + Literal(query.RowKeyFrom));
        if (query.RowKeyTo is not null) clauses.Add("RowKey lt " + Literal(query.RowKeyTo));
        if (query.Filter is not null) clauses.Add("(" + Translate(query.Filter) + ")");
        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    public static string Translate(TableFilter filter) => filter switch
    {
        TableFilter.Combination c => $"({Translate(c.Left)}) {(c.Combinator == FilterCombinator.And ? "and" : "or")} ({Translate(c.Right)})",
        TableFilter.Comparison c => $"{c.Property} {Operator(c.Operator)} {Literal(c.Value)}",
        _ => throw new StorageValidationException($"Unsupported filter {filter.GetType().Name}."),
    };

    /// <summary>
    /// The SDK's typed, escaped literal, except that a whole double keeps a decimal point: the SDK writes 2.0
    /// as <c>2</c>, an Int32 literal, which the service does not compare with Edm.Double properties.
    /// </summary>
    public static string Literal(object value) => value switch
    {
        double d when double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("F1", CultureInfo.InvariantCulture),
        DateTime d => TableClient.CreateQueryFilter($"{Validation.EntityValidator.ToUtc(d)}"),
        _ => TableClient.CreateQueryFilter($"{value}"),
    };

    private static string Operator(FilterOperator op) => op switch
    {
        FilterOperator.Equal => "eq",
        FilterOperator.NotEqual => "ne",
        FilterOperator.GreaterThan => "gt",
        FilterOperator.GreaterThanOrEqual => "ge",
        FilterOperator.LessThan => "lt",
        FilterOperator.LessThanOrEqual => "le",
        _ => throw new StorageValidationException($"Unsupported operator {op}."),
    };
}
