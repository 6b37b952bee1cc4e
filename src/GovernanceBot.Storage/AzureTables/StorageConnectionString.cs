using System.Globalization;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>The parts of an Azure Storage (or Cosmos DB for Table) connection string the table client needs.</summary>
internal sealed record StorageConnectionString(Uri TableEndpoint, string AccountName, byte[] AccountKey)
{
    /// <summary>Azurite's well-known development account (public, documented by Microsoft).</summary>
    private const string DevelopmentAccountName = "devstoreaccount1";
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=');
            if (equals <= 0) throw Invalid($"'{segment.Split('=')[0]}' has no value");
            parts[segment[..equals]] = segment[(equals + 1)..];
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            var proxy = parts.TryGetValue("DevelopmentStorageProxyUri", out var uri) ? new Uri(uri) : new Uri("http://127.0.0.1");
            return new StorageConnectionString(
                new Uri($"{proxy.Scheme}://{proxy.Host}:10002/{DevelopmentAccountName}"), DevelopmentAccountName, Convert.FromBase64String(DevelopmentAccountKey));
        }

        var account = Required(parts, "AccountName");
        var key = Required(parts, "AccountKey");
        Uri endpoint;
        if (parts.TryGetValue("TableEndpoint", out var tableEndpoint))
        {
            endpoint = new Uri(tableEndpoint.TrimEnd('/'));
        }
        else
        {
            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            endpoint = new Uri(string.Create(CultureInfo.InvariantCulture, $"{protocol}://{account}.table.{suffix}"));
        }
        try
        {
            return new StorageConnectionString(endpoint, account, Convert.FromBase64String(key));
        }
        catch (FormatException)
        {
            throw Invalid("AccountKey is not base64");
        }
    }

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0 ? value : throw Invalid($"{name} is missing");

    private static StorageValidationException Invalid(string reason) =>
        new($"Storage:ConnectionString is not a valid storage connection string: {reason}.");
}
