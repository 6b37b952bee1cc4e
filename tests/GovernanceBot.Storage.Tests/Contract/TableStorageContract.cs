using System.Diagnostics;
using GovernanceBot.Storage;

namespace GovernanceBot.Storage.Tests.Contract;

/// <summary>
/// The behaviour every provider must show, written once. Each provider's test class derives from it and
/// says how to reach a store; every test then runs against that provider.
/// </summary>
public abstract class TableStorageContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly List<ITableStorage> _opened = [];

    /// <summary>Unique per test, so tests sharing one account or file never see each other's tables.</summary>
    protected string TablePrefix { get; } = "t" + Guid.NewGuid().ToString("N")[..12];

    protected ITableStorage Storage { get; private set; } = null!;

    /// <summary>A provider instance on the shared store whose tables are named with <paramref name="tablePrefix"/>.</summary>
    protected abstract ITableStorage CreateStorage(string tablePrefix);

    protected abstract Task<IsolatedStore> CreateIsolatedStoreAsync();

    public Task InitializeAsync()
    {
        Storage = Track(CreateStorage(TablePrefix));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        foreach (var storage in _opened.OfType<IDisposable>()) storage.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_supported_type_round_trips_with_its_type()
    {
        var table = Storage.GetTable("Types");
        var instant = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)).AddTicks(1234567);
        var guid = Guid.NewGuid();
        var bytes = new byte[] { 0, 1, 2, 254, 255 };
        var entity = new TableEntity("types", "one")
        {
            ["Text"] = "Évaluation « data » 'quoted' \"double\" line\nbreak 🚀",
            ["Empty"] = string.Empty,
            ["Int"] = int.MinValue,
            ["Long"] = long.MaxValue,
            ["NegativeLong"] = long.MinValue,
            ["Whole"] = 2.0,
            ["Fraction"] = 0.1,
            ["Huge"] = 1.5e300,
            ["Yes"] = true,
            ["No"] = false,
            ["When"] = instant,
            ["Id"] = guid,
            ["Bytes"] = bytes,
        };

        var etag = await table.AddAsync(entity, None);
        var read = await table.GetAsync("types", "one", None);

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal(entity["Text"], read["Text"]);
        Assert.Equal(string.Empty, read["Empty"]);
        Assert.Equal(int.MinValue, Assert.IsType<int>(read["Int"]));
        Assert.Equal(long.MaxValue, Assert.IsType<long>(read["Long"]));
        Assert.Equal(long.MinValue, Assert.IsType<long>(read["NegativeLong"]));
        Assert.Equal(2.0, Assert.IsType<double>(read["Whole"]));
        Assert.Equal(0.1, Assert.IsType<double>(read["Fraction"]));
        Assert.Equal(1.5e300, Assert.IsType<double>(read["Huge"]));
        Assert.True(Assert.IsType<bool>(read["Yes"]));
        Assert.False(Assert.IsType<bool>(read["No"]));
        var when = Assert.IsType<DateTimeOffset>(read["When"]);
        Assert.Equal(instant.UtcTicks, when.UtcTicks);
        Assert.Equal(TimeSpan.Zero, when.Offset);
        Assert.Equal(guid, Assert.IsType<Guid>(read["Id"]));
        Assert.Equal(bytes, Assert.IsType<byte[]>(read["Bytes"]));
        Assert.Equal(entity.Properties.Count, read.Properties.Count);
    }

    [Fact]
    public async Task Values_at_the_size_limits_are_stored()
    {
        var table = Storage.GetTable("Limits");
        var text = new string('x', 32 * 1024);
        var bytes = Enumerable.Range(0, 64 * 1024).Select(i => (byte)i).ToArray();

        await table.AddAsync(new TableEntity("limits", "max") { ["Text"] = text, ["Bytes"] = bytes }, None);
        var read = await table.GetAsync("limits", "max", None);

        Assert.Equal(text, read!.GetString("Text"));
        Assert.Equal(bytes, read.GetBinary("Bytes"));
    }

    [Fact]
    public async Task Reading_a_missing_entity_returns_null()
    {
        Assert.Null(await Storage.GetTable("Missing").GetAsync("nobody", "nothing", None));
    }

    [Fact]
    public async Task Adding_on_a_taken_key_throws_EntityAlreadyExists()
    {
        var table = Storage.GetTable("Taken");
        await table.AddAsync(new TableEntity("p", "r") { ["V"] = 1 }, None);

        await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => table.AddAsync(new TableEntity("p", "r") { ["V"] = 2 }, None));

        Assert.Equal(1, (await table.GetAsync("p", "r", None))!.GetInt32("V"));
    }

    [Fact]
    public async Task Stale_etag_update_is_rejected_and_every_write_gets_a_new_etag()
    {
        var table = Storage.GetTable("Etags");
        var first = await table.AddAsync(new TableEntity("p", "r") { ["V"] = "first" }, None);
        var second = await table.UpdateAsync(new TableEntity("p", "r") { ["V"] = "second" }, first, TableUpdateMode.Replace, None);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => table.UpdateAsync(new TableEntity("p", "r") { ["V"] = "stale" }, first, TableUpdateMode.Replace, None));
        var third = await table.UpsertAsync(new TableEntity("p", "r") { ["V"] = "third" }, TableUpdateMode.Replace, None);

        Assert.Equal(("p", "r"), (conflict.PartitionKey, conflict.RowKey));
        Assert.Equal(3, new HashSet<string> { first, second, third }.Count);
        var read = await table.GetAsync("p", "r", None);
        Assert.Equal("third", read!.GetString("V"));
        Assert.Equal(third, read.ETag);
    }

    [Fact]
    public async Task Wildcard_etag_updates_whatever_version_is_stored()
    {
        var table = Storage.GetTable("Wildcard");
        await table.AddAsync(new TableEntity("p", "r") { ["V"] = 1 }, None);
        await table.UpsertAsync(new TableEntity("p", "r") { ["V"] = 2 }, TableUpdateMode.Replace, None);

        var etag = await table.UpdateAsync(new TableEntity("p", "r") { ["V"] = 3 }, "*", TableUpdateMode.Replace, None);

        Assert.Equal(etag, (await table.GetAsync("p", "r", None))!.ETag);
    }

    [Fact]
    public async Task Updating_a_missing_entity_throws_EntityNotFound()
    {
        var table = Storage.GetTable("NotFound");

        await Assert.ThrowsAsync<EntityNotFoundException>(
            () => table.UpdateAsync(new TableEntity("p", "ghost") { ["V"] = 1 }, "*", TableUpdateMode.Merge, None));
        Assert.Null(await table.GetAsync("p", "ghost", None));
    }

    [Fact]
    public async Task Merge_keeps_properties_not_sent_and_replace_drops_them()
    {
        var table = Storage.GetTable("Modes");
        var etag = await table.AddAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = 1 }, None);

        etag = await table.UpdateAsync(new TableEntity("p", "r") { ["B"] = 2, ["C"] = true }, etag, TableUpdateMode.Merge, None);
        var merged = await table.GetAsync("p", "r", None);
        await table.UpdateAsync(new TableEntity("p", "r") { ["C"] = false }, etag, TableUpdateMode.Replace, None);
        var replaced = await table.GetAsync("p", "r", None);

        Assert.Equal(("a", 2, true), (merged!.GetString("A"), merged.GetInt32("B"), merged.GetBoolean("C")));
        Assert.Equal(["C"], replaced!.Properties.Keys);
        Assert.False(replaced.GetBoolean("C"));
    }

    [Fact]
    public async Task Upsert_inserts_missing_entities_in_both_modes()
    {
        var table = Storage.GetTable("Upserts");

        await table.UpsertAsync(new TableEntity("p", "merge") { ["V"] = 1 }, TableUpdateMode.Merge, None);
        await table.UpsertAsync(new TableEntity("p", "replace") { ["V"] = 2 }, TableUpdateMode.Replace, None);

        Assert.Equal(1, (await table.GetAsync("p", "merge", None))!.GetInt32("V"));
        Assert.Equal(2, (await table.GetAsync("p", "replace", None))!.GetInt32("V"));
    }

    [Fact]
    public async Task Delete_honours_etags_and_deleting_a_missing_entity_is_not_an_error()
    {
        var table = Storage.GetTable("Deletes");
        var first = await table.AddAsync(new TableEntity("p", "r") { ["V"] = 1 }, None);
        var second = await table.UpdateAsync(new TableEntity("p", "r") { ["V"] = 2 }, first, TableUpdateMode.Merge, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => table.DeleteAsync("p", "r", first, None));
        await table.DeleteAsync("p", "r", second, None);
        await table.DeleteAsync("p", "r", "*", None);

        Assert.Null(await table.GetAsync("p", "r", None));
    }

    [Fact]
    public async Task Concurrent_writers_on_one_row_exactly_one_wins()
    {
        var table = Storage.GetTable("Race");
        var etag = await table.AddAsync(new TableEntity("p", "r") { ["Writer"] = -1 }, None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async writer =>
        {
            try
            {
                await table.UpdateAsync(new TableEntity("p", "r") { ["Writer"] = writer }, etag, TableUpdateMode.Merge, None);
                return writer;
            }
            catch (ConcurrencyConflictException)
            {
                return -1;
            }
        }));

        var winner = Assert.Single(outcomes, o => o >= 0);
        Assert.Equal(winner, (await table.GetAsync("p", "r", None))!.GetInt32("Writer"));
    }

    [Fact]
    public async Task Partition_query_follows_continuation_pages_in_key_order()
    {
        var table = Storage.GetTable("Pages");
        await InsertNumberedAsync(table, "big", 2500);
        await table.AddAsync(new TableEntity("other", "0") { ["N"] = -1 }, None);

        var rows = await ToListAsync(table.QueryAsync(TableQuery.InPartition("big"), None));

        Assert.Equal(Enumerable.Range(0, 2500).Select(RowKeyOf), rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal("big", r.PartitionKey));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.ETag)));
    }

    [Fact]
    public async Task Top_limits_the_total_across_pages()
    {
        var table = Storage.GetTable("Top");
        await InsertNumberedAsync(table, "big", 1500);

        var many = await ToListAsync(table.QueryAsync(new TableQuery { PartitionKey = "big", Top = 1200 }, None));
        var few = await ToListAsync(table.QueryAsync(new TableQuery { PartitionKey = "big", Top = 3 }, None));

        Assert.Equal(Enumerable.Range(0, 1200).Select(RowKeyOf), many.Select(r => r.RowKey));
        Assert.Equal(["00000", "00001", "00002"], few.Select(r => r.RowKey));
    }

    [Fact]
    public async Task Row_key_ranges_and_prefixes_select_a_slice_of_the_partition()
    {
        var table = Storage.GetTable("Ranges");
        foreach (var key in new[] { "draft_a", "draft_b", "drafts", "final_a", "zeta" })
        {
            await table.AddAsync(new TableEntity("p", key), None);
        }

        var prefixed = await ToListAsync(table.QueryAsync(TableQuery.WithRowKeyPrefix("p", "draft_"), None));
        var range = await ToListAsync(table.QueryAsync(new TableQuery { PartitionKey = "p", RowKeyFrom = "drafts", RowKeyTo = "zeta" }, None));

        Assert.Equal(["draft_a", "draft_b"], prefixed.Select(r => r.RowKey));
        Assert.Equal(["drafts", "final_a"], range.Select(r => r.RowKey));
    }

    [Fact]
    public async Task Filters_compare_typed_values()
    {
        var table = Storage.GetTable("Filters");
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var guids = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToArray();
        var actions = Enumerable.Range(0, 10).Select(n => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("f", $"{n:D2}")
        {
            ["N"] = n,
            ["L"] = n * 10_000_000_000L,
            ["D"] = n + 0.5,
            ["S"] = $"it's {n}",
            ["B"] = n % 2 == 0,
            ["T"] = start.AddDays(n),
            ["G"] = guids[n],
        })).ToList();
        actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("f", "no-properties")));
        await table.SubmitTransactionAsync(actions, None);

        async Task<string[]> Matching(TableFilter filter) =>
            (await ToListAsync(table.QueryAsync(new TableQuery { PartitionKey = "f", Filter = filter }, None))).Select(e => e.RowKey).ToArray();

        Assert.Equal(["03", "04", "05"], await Matching(TableFilter.GreaterThanOrEqual("N", 3).And(TableFilter.LessThan("N", 6))));
        Assert.Equal(["07"], await Matching(TableFilter.Equal("S", "it's 7")));
        Assert.Equal(["00", "02", "04", "06", "08"], await Matching(TableFilter.Equal("B", true)));
        Assert.Equal(["08", "09"], await Matching(TableFilter.GreaterThan("T", start.AddDays(7))));
        Assert.Equal(["04"], await Matching(TableFilter.Equal("G", guids[4])));
        Assert.Equal(["05", "06", "07", "08", "09"], await Matching(TableFilter.GreaterThanOrEqual("L", 50_000_000_000L)));
        Assert.Equal(["00", "01"], await Matching(TableFilter.LessThan("D", 2.0)));
        Assert.Equal(["01", "08"], await Matching(TableFilter.Equal("N", 1).Or(TableFilter.Equal("N", 8))));
        Assert.Equal(9, (await Matching(TableFilter.NotEqual("N", 5))).Length);
        Assert.Equal(["07", "08", "09"], await Matching(TableFilter.GreaterThanOrEqual("RowKey", "07").And(TableFilter.LessThan("RowKey", "10"))));
    }

    [Fact]
    public async Task Select_returns_only_the_requested_properties_with_keys_and_etag()
    {
        var table = Storage.GetTable("Select");
        await table.AddAsync(new TableEntity("p", "r") { ["Keep"] = "yes", ["Drop"] = "no", ["Also"] = 3 }, None);

        var row = Assert.Single(await ToListAsync(table.QueryAsync(new TableQuery { PartitionKey = "p", Select = ["Keep", "Also"] }, None)));

        Assert.Equal(("p", "r"), (row.PartitionKey, row.RowKey));
        Assert.False(string.IsNullOrEmpty(row.ETag));
        Assert.Equal(["Also", "Keep"], row.Properties.Keys.Order());
        Assert.Equal(3, row.GetInt32("Also"));
    }

    [Fact]
    public async Task Inverted_ticks_row_keys_list_newest_first()
    {
        var table = Storage.GetTable("Newest");
        var start = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        foreach (var days in new[] { 3, 0, 10, 1 })
        {
            await table.AddAsync(new TableEntity("hub", TableKeys.InvertedTicks(start.AddDays(days)) + "_" + days) { ["Days"] = days }, None);
        }

        var rows = await ToListAsync(table.QueryAsync(TableQuery.InPartition("hub"), None));

        Assert.Equal([10, 3, 1, 0], rows.Select(r => r.GetInt32("Days")!.Value));
    }

    [Fact]
    public async Task Transaction_applies_all_its_actions()
    {
        var table = Storage.GetTable("Batch");
        var existing = await table.AddAsync(new TableEntity("p", "existing") { ["V"] = 1, ["Kept"] = "k" }, None);
        await table.AddAsync(new TableEntity("p", "doomed"), None);

        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "new") { ["V"] = 10 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "existing") { ["V"] = 2 }, existing),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upserted") { ["V"] = 3 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "doomed")),
        ], None);

        var rows = (await ToListAsync(table.QueryAsync(TableQuery.InPartition("p"), None))).ToDictionary(r => r.RowKey);
        Assert.Equal(["existing", "new", "upserted"], rows.Keys.Order());
        Assert.Equal((2, "k"), (rows["existing"].GetInt32("V"), rows["existing"].GetString("Kept")));
        Assert.NotEqual(existing, rows["existing"].ETag);
    }

    [Fact]
    public async Task Transaction_with_a_failing_action_rolls_everything_back()
    {
        var table = Storage.GetTable("Rollback");
        var stale = await table.AddAsync(new TableEntity("p", "edited") { ["V"] = "original" }, None);
        var current = await table.UpdateAsync(new TableEntity("p", "edited") { ["V"] = "current" }, stale, TableUpdateMode.Merge, None);

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "added") { ["V"] = "new" }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upserted") { ["V"] = "new" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "edited") { ["V"] = "lost" }, stale),
            new(TableTransactionActionType.Delete, new TableEntity("p", "edited-too")),
        ], None));

        Assert.Equal(2, failure.FailedActionIndex);
        Assert.IsType<ConcurrencyConflictException>(failure.InnerException);
        Assert.Contains("#2", failure.Message);
        var rows = await ToListAsync(table.QueryAsync(TableQuery.InPartition("p"), None));
        var only = Assert.Single(rows);
        Assert.Equal(("edited", "current", current), (only.RowKey, only.GetString("V"), only.ETag));
    }

    [Fact]
    public async Task Transaction_adding_a_taken_key_names_the_failing_action()
    {
        var table = Storage.GetTable("BatchTaken");
        await table.AddAsync(new TableEntity("p", "b"), None);

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.Add, new TableEntity("p", "b")),
        ], None));

        Assert.Equal(1, failure.FailedActionIndex);
        Assert.IsType<EntityAlreadyExistsException>(failure.InnerException);
        Assert.Null(await table.GetAsync("p", "a", None));
    }

    [Fact]
    public async Task Transaction_deleting_a_missing_entity_fails_as_not_found()
    {
        var table = Storage.GetTable("BatchDelete");

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "written")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "absent")),
        ], None));

        Assert.Equal(1, failure.FailedActionIndex);
        Assert.IsType<EntityNotFoundException>(failure.InnerException);
        Assert.Null(await table.GetAsync("p", "written", None));
    }

    [Fact]
    public async Task Invalid_transactions_are_rejected_before_any_write()
    {
        var table = Storage.GetTable("BatchRules");
        TableTransactionAction Add(string partition, string row) => new(TableTransactionActionType.Add, new TableEntity(partition, row));

        await Assert.ThrowsAsync<StorageValidationException>(() => table.SubmitTransactionAsync([Add("p1", "a"), Add("p2", "b")], None));
        await Assert.ThrowsAsync<StorageValidationException>(() => table.SubmitTransactionAsync([Add("p", "a"), Add("p", "a")], None));
        await Assert.ThrowsAsync<StorageValidationException>(
            () => table.SubmitTransactionAsync(Enumerable.Range(0, 101).Select(i => Add("p", i.ToString())).ToList(), None));
        await Assert.ThrowsAsync<StorageValidationException>(() => table.SubmitTransactionAsync([], None));

        Assert.Null(await table.GetAsync("p1", "a", None));
        Assert.Null(await table.GetAsync("p", "a", None));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0000b")]
    [InlineData("a\u001Fb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u009Fb")]
    [InlineData("")]
    public async Task Keys_with_characters_azure_forbids_are_rejected(string key)
    {
        var table = Storage.GetTable("BadKeys");

        var asPartition = await Assert.ThrowsAsync<StorageValidationException>(() => table.AddAsync(new TableEntity(key, "r"), None));
        await Assert.ThrowsAsync<StorageValidationException>(() => table.UpsertAsync(new TableEntity("p", key), TableUpdateMode.Merge, None));
        await Assert.ThrowsAsync<StorageValidationException>(() => table.GetAsync("p", key, None));
        await Assert.ThrowsAsync<StorageValidationException>(() => table.DeleteAsync(key, "r", "*", None));

        Assert.Contains("PartitionKey", asPartition.Message);
    }

    [Fact]
    public async Task Keys_built_with_TableKeys_Encode_round_trip_through_the_store()
    {
        var table = Storage.GetTable("EncodedKeys");
        const string raw = "team/alpha\\beta#1?x\u0001\u0085~y é 'quote' %20 +&=";
        var key = TableKeys.Encode(raw);

        await table.AddAsync(new TableEntity(key, key) { ["Raw"] = raw }, None);
        var read = await table.GetAsync(key, key, None);
        var listed = Assert.Single(await ToListAsync(table.QueryAsync(TableQuery.InPartition(key), None)));

        Assert.Equal(raw, TableKeys.Decode(read!.PartitionKey));
        Assert.Equal(raw, TableKeys.Decode(listed.RowKey));
        Assert.Equal(raw, read.GetString("Raw"));
    }

    [Fact]
    public async Task Oversized_or_malformed_entities_are_rejected_before_any_write()
    {
        var table = Storage.GetTable("Oversized");
        Task Add(TableEntity entity) => table.AddAsync(entity, None);
        var tooMany = new TableEntity("p", "many");
        for (var i = 0; i < 253; i++) tooMany["P" + i] = i;
        var tooBig = new TableEntity("p", "big");
        for (var i = 0; i < 20; i++) tooBig["S" + i] = new string('y', 30_000);

        await AssertRejected(Add(new TableEntity("p", "string") { ["S"] = new string('x', 32 * 1024 + 1) }), "32768");
        await AssertRejected(Add(new TableEntity("p", "binary") { ["B"] = new byte[64 * 1024 + 1] }), "65536");
        await AssertRejected(Add(tooMany), "252");
        await AssertRejected(Add(tooBig), "1048576");
        await AssertRejected(Add(new TableEntity(new string('k', 1024), "r")), "1023");
        await AssertRejected(Add(new TableEntity("p", "name") { ["bad-name"] = 1 }), "bad-name");
        await AssertRejected(Add(new TableEntity("p", "reserved") { ["Timestamp"] = 1 }), "reserved");
        await AssertRejected(Add(new TableEntity("p", "type") { ["Decimal"] = 1.5m }), "Decimal");
        await AssertRejected(Add(new TableEntity("p", "nan") { ["D"] = double.NaN }), "finite");

        Assert.Empty(await ToListAsync(table.QueryAsync(TableQuery.InPartition("p"), None)));
    }

    [Fact]
    public async Task Ping_succeeds_while_the_store_is_up()
    {
        await Storage.PingAsync(None);
    }

    [Fact]
    public async Task Outage_surfaces_as_StorageUnavailable_quickly_and_leaves_data_intact()
    {
        await using var store = await CreateIsolatedStoreAsync();
        var table = Track(store.Open()).GetTable("Outage");
        var etag = await table.AddAsync(new TableEntity("p", "kept") { ["V"] = "before" }, None);

        await store.BeginOutageAsync();
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => table.UpdateAsync(new TableEntity("p", "kept") { ["V"] = "during" }, etag, TableUpdateMode.Replace, None));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "batch1")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "kept") { ["V"] = "batch" }, etag),
        ], None));
        var elapsed = clock.Elapsed;
        await store.EndOutageAsync();

        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"Failing during the outage took {elapsed}.");
        var reopened = Track(store.Open()).GetTable("Outage");
        var kept = await reopened.GetAsync("p", "kept", None);
        Assert.Equal(("before", etag), (kept!.GetString("V"), kept.ETag));
        Assert.Null(await reopened.GetAsync("p", "batch1", None));
        await reopened.UpdateAsync(new TableEntity("p", "kept") { ["V"] = "after" }, etag, TableUpdateMode.Replace, None);
        Assert.Equal("after", (await table.GetAsync("p", "kept", None))!.GetString("V"));
    }

    protected ITableStorage Track(ITableStorage storage)
    {
        _opened.Add(storage);
        return storage;
    }

    private static string RowKeyOf(int n) => n.ToString("D5");

    private static async Task InsertNumberedAsync(ITable table, string partition, int count)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(100))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(n => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, RowKeyOf(n)) { ["N"] = n })).ToList(),
                None);
        }
    }

    private static async Task AssertRejected(Task write, string expectedInMessage)
    {
        var error = await Assert.ThrowsAsync<StorageValidationException>(() => write);
        Assert.Contains(expectedInMessage, error.Message);
    }

    protected static async Task<List<TableEntity>> ToListAsync(IAsyncEnumerable<TableEntity> source)
    {
        var list = new List<TableEntity>();
        await foreach (var item in source) list.Add(item);
        return list;
    }
}
