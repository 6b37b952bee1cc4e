namespace GovernanceBot.Storage.AzureTables;

/// <summary>Translates a <see cref="TableQuery"/> into the <c>$filter</c> expression of the Table service.</summary>
internal static class ODataFilter
{
    public static string? For(TableQuery query)
    {
        var clauses = new List<string>();
        if (query.PartitionKey is not null) clauses.Add("PartitionKey eq " + EdmJson.Literal(query.PartitionKey));
        if (query.RowKeyFrom is not null) clauses.Add("RowKey ge " + EdmJson.Literal(query.RowKeyFrom));
        if (query.RowKeyTo is not null) clauses.Add("RowKey lt " + EdmJson.Literal(query.RowKeyTo));
        if (query.Filter is not null) clauses.Add("(" + Translate(query.Filter) + ")");
        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    public static string Translate(TableFilter filter) => filter switch
    {
        TableFilter.Combination c => $"({Translate(c.Left)}) {(c.Combinator == FilterCombinator.And ? "and" : "or")} ({Translate(c.Right)})",
        TableFilter.Comparison c => $"{c.Property} {Operator(c.Operator)} {EdmJson.Literal(c.Value)}",
        _ => throw new StorageValidationException($"Unsupported filter {filter.GetType().Name}."),
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
