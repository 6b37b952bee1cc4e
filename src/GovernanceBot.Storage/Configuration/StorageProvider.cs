namespace GovernanceBot.Storage.Configuration;

/// <summary>Where entities live: an embedded SQLite file (default) or Azure Table Storage / Cosmos DB for Table.</summary>
public enum StorageProvider
{
    Sqlite,
    AzureTables,
}
