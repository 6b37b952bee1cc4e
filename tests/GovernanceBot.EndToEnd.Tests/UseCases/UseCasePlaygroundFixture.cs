using GovernanceBot.Storage.Sqlite;
using GovernanceBot.TestSupport.Playground;
using GovernanceBot.UseCases;

namespace GovernanceBot.EndToEnd.Tests.UseCases;

/// <summary>
/// The bot with its demo data (hubs to choose from, a data catalogue for the datasets typeahead), as a newcomer
/// runs it; the Playground's user is a plain hub member. Gives read access to the use cases the bot stored.
/// </summary>
public sealed class UseCasePlaygroundFixture : PlaygroundFixture
{
    protected override IReadOnlyDictionary<string, string?> BotEnvironment(PlaygroundConfiguration configuration) =>
        new Dictionary<string, string?> { ["Demo__Enabled"] = "true" };

    /// <summary>
    /// Reads the bot's use-case registry from its SQLite file while it runs, as a second instance would. Dispose
    /// the storage when done.
    /// </summary>
    public (UseCaseStore Store, IDisposable Storage) OpenStore()
    {
        var path = Session.Bot.DatabasePath ?? throw new InvalidOperationException("The bot does not run on its embedded database.");
        var storage = new SqliteTableStorage(path);
        return (new UseCaseStore(storage), storage);
    }
}
