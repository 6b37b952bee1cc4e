using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage.Sqlite;

/// <summary>
/// Turns a <see cref="TableFilter"/> into a SQL predicate over the stored JSON. Like Azure, a comparison only
/// matches properties of a compatible type (numbers compare with numbers, strings with strings...).
/// </summary>
internal static class SqliteFilterTranslator
{
    public static string Translate(TableFilter filter, SqliteCommand command) => filter switch
    {
        TableFilter.Combination c =>
            $"({Translate(c.Left, command)} {(c.Combinator == FilterCombinator.And ? "AND" : "OR")} {Translate(c.Right, command)})",
        TableFilter.Comparison c => Comparison(c, command),
        _ => throw new StorageValidationException($"Unsupported filter {filter.GetType().Name}."),
    };

    private static string Comparison(TableFilter.Comparison comparison, SqliteCommand command)
    {
        var parameter = "@f" + command.Parameters.Count;
        var op = comparison.Operator switch
        {
            FilterOperator.Equal => "=",
            FilterOperator.NotEqual => "<>",
            FilterOperator.GreaterThan => ">",
            FilterOperator.GreaterThanOrEqual => ">=",
            FilterOperator.LessThan => "<",
            FilterOperator.LessThanOrEqual => "<=",
            _ => throw new StorageValidationException($"Unsupported operator {comparison.Operator}."),
        };
        command.Parameters.AddWithValue(parameter, SqlitePropertyCodec.SqlValue(comparison.Value));
        switch (comparison.Property)
        {
            case "PartitionKey": return $"partition_key {op} {parameter}";
            case "RowKey": return $"row_key {op} {parameter}";
            case "Timestamp": return $"timestamp {op} {parameter}";
        }
        // Property names are validated as ASCII identifiers, so they can sit inside the JSON path literal.
        var path = "'$." + comparison.Property;
        var compatible = SqlitePropertyCodec.TypeCode(comparison.Value) switch
        {
            SqlitePropertyCodec.Int32 or SqlitePropertyCodec.Int64 or SqlitePropertyCodec.Double => "'I','L','D'",
            var code => $"'{code}'",
        };
        return $"(json_extract(properties, {path}[0]') IN ({compatible}) AND json_extract(properties, {path}[1]') {op} {parameter})";
    }
}
