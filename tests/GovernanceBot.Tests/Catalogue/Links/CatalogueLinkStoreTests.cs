using GovernanceBot.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue.Links;

/// <summary>The link store on both providers: SQLite and Azure Table Storage (Azurite).</summary>
public sealed class CatalogueLinkStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("governancebot-links-");
    private AzuriteProcess? _azurite;
    private ServiceProvider? _sqlite;
    private ServiceProvider? _azure;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        _sqlite = Provider(new() { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = Path.Combine(_directory.FullName, "links.db") });
        _azure = Provider(new() { ["Storage:Provider"] = "AzureTables", ["Storage:ConnectionString"] = _azurite.ConnectionString, ["Storage:Retry:Delay"] = "00:00:00.050" });
    }

    public async Task DisposeAsync()
    {
        _sqlite?.Dispose();
        _azure?.Dispose();
        if (_azurite is not null) await _azurite.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _directory.Delete(recursive: true); } catch (IOException) { }
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddTableStorage(configuration);
        return services.BuildServiceProvider();
    }

    private CatalogueLinkStore Store(string provider) =>
        new((provider == "sqlite" ? _sqlite! : _azure!).GetRequiredService<ITableStorage>());

    private static LinkDecision Decision(string by, LinkState state, string dataset = "DS-1", string useCase = "UC-1") =>
        new(dataset, useCase, state, DatasetRole.Consumes, by, by, Now);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("azure")]
    public async Task Two_reviewers_deciding_the_same_suggestion_at_once_store_one_decision_and_the_other_is_told(string provider)
    {
        var store = Store(provider);
        var dataset = "DS-RACE-" + Guid.NewGuid().ToString("N");

        var writes = await Task.WhenAll(
            store.DecideAsync(Decision("bruno", LinkState.Linked, dataset), _ => false, CancellationToken.None),
            store.DecideAsync(Decision("chloe", LinkState.Rejected, dataset), _ => false, CancellationToken.None));

        var winner = Assert.Single(writes, w => w.Outcome == DecisionOutcome.Written);
        var loser = Assert.Single(writes, w => w.Outcome != DecisionOutcome.Written);
        Assert.Equal(DecisionOutcome.AlreadyDecided, loser.Outcome);
        Assert.Equal(winner.Current, loser.Current);
        Assert.Equal(winner.Current, (await store.GetDecisionAsync(dataset, "uc-1", CancellationToken.None))!.Value);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("azure")]
    public async Task A_typed_link_replaces_an_earlier_decision_repeating_it_changes_nothing_and_removing_it_twice_is_harmless(string provider)
    {
        var store = Store(provider);
        var dataset = "DS-TYPED-" + Guid.NewGuid().ToString("N");
        await store.DecideAsync(Decision("chloe", LinkState.Rejected, dataset), _ => true, CancellationToken.None);

        var replaced = await store.DecideAsync(Decision("bruno", LinkState.Linked, dataset), _ => true, CancellationToken.None);
        var repeated = await store.DecideAsync(Decision("bruno", LinkState.Linked, dataset), _ => true, CancellationToken.None);
        var removed = await store.RemoveDecisionAsync(dataset, "UC-1", CancellationToken.None);
        var again = await store.RemoveDecisionAsync(dataset, "UC-1", CancellationToken.None);

        Assert.Equal(DecisionOutcome.Written, replaced.Outcome);
        Assert.Equal(DecisionOutcome.Unchanged, repeated.Outcome);
        Assert.Equal("bruno", removed!.By);
        Assert.Null(again);
        Assert.DoesNotContain(await store.LoadDecisionsAsync(CancellationToken.None), d => d.DatasetId == dataset);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("azure")]
    public async Task Replacing_the_suggestions_writes_only_what_changed_and_records_the_rules_version(string provider)
    {
        var store = Store(provider);
        Assert.Equal((null, 0), await store.LoadSuggestionsAsync(CancellationToken.None));
        await store.ReplaceSuggestionsAsync([new("DS-1", "UC-1", 1), new("DS-1", "UC-2", 0.67), new("DS-2", "UC-1", 0.75)], 1, CancellationToken.None);

        var (written, deleted) = await store.ReplaceSuggestionsAsync([new("DS-1", "UC-1", 1), new("DS-1", "UC-2", 0.8), new("DS-3", "UC-3", 1)], 2, CancellationToken.None);
        var (stored, version) = await store.LoadSuggestionsAsync(CancellationToken.None);

        Assert.Equal((2, 1), (written, deleted));
        Assert.Equal(2, version);
        Assert.Equal([new("DS-1", "UC-1", 1), new("DS-1", "UC-2", 0.8), new("DS-3", "UC-3", 1)], stored!.OrderBy(s => s.DatasetId).ThenBy(s => s.UseCaseId));
    }

    [Fact]
    public void Pair_keys_keep_ids_apart_even_when_an_id_holds_the_separator()
    {
        Assert.NotEqual(CatalogueLinkStore.PairKey("a|b", "c"), CatalogueLinkStore.PairKey("a", "b|c"));
        Assert.Equal(CatalogueLinkStore.PairKey("DS-1", "UC-1"), CatalogueLinkStore.PairKey("ds-1", "uc-1"));
    }
}
