using System.Text.RegularExpressions;

namespace GovernanceBot.Storage.Validation;

/// <summary>Physical table names: the optional prefix plus the logical name, following Azure's naming rules.</summary>
internal static partial class TableNames
{
    public static string Physical(string? prefix, string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        var physical = (prefix ?? string.Empty) + tableName;
        if (!ValidName().IsMatch(physical) || string.Equals(physical, "tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new StorageValidationException(
                $"Table name '{physical}' is invalid: 3 to 63 ASCII letters or digits, starting with a letter (prefix included).");
        }
        return physical;
    }

    public static void ValidatePrefix(string? prefix)
    {
        if (!string.IsNullOrEmpty(prefix) && !ValidPrefix().IsMatch(prefix))
        {
            throw new StorageValidationException($"Table prefix '{prefix}' is invalid: ASCII letters or digits, starting with a letter.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex ValidName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,40}$")]
    private static partial Regex ValidPrefix();
}
