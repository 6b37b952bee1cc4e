using System.Reflection;

namespace GovernanceBot.DataMove;

/// <summary>
/// The table names the bot's stores declare (<c>const string TableName = "Hubs"</c>, <c>…Table</c>), to give back
/// the case SQLite does not keep: Azure Table Storage ignores case, but some emulators do not, and an export
/// reads better with the names the code uses. A name no store declares is kept as it is.
/// </summary>
public static class KnownTables
{
    private static readonly Lazy<Dictionary<string, string>> Names = new(Collect);

    public static string Canonical(string name) => Names.Value.GetValueOrDefault(name, name);

    public static IReadOnlyCollection<string> All => Names.Value.Values;

    private static Dictionary<string, string> Collect()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var fields = typeof(KnownTables).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && (f.Name == "TableName" || f.Name.EndsWith("Table", StringComparison.Ordinal)));
        foreach (var field in fields)
        {
            if (field.GetRawConstantValue() is string value && value.Length >= 3 && value.All(char.IsAsciiLetterOrDigit)) names.TryAdd(value, value);
        }
        return names;
    }
}
