namespace GovernanceBot.Storage.Configuration;

/// <summary>The embedded provider's settings (bound from <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>Database file; a relative path is resolved against the application's content root.</summary>
    public string Path { get; set; } = "data/governancebot.db";

    /// <summary>How long a write waits for a lock held by another connection or process.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
