using GovernanceBot.Storage;
using GovernanceBot.Storage.Records;
using GovernanceBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage.Tests.Records;

/// <summary>Typed records on the embedded store: what each property type becomes in the table and what comes back.</summary>
public sealed class RecordTableTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gb-records-");
    private readonly SqliteTableStorage _storage;

    public RecordTableTests() => _storage = new SqliteTableStorage(Path.Combine(_directory.FullName, "records.db"));

    public enum Colour { Red, DarkGreen }

    public sealed record Part(string Name, int Count);

    /// <summary>One property of every supported kind, keys taken from two of them.</summary>
    public sealed record Everything(
        [PartitionKey] string Owner,
        [RowKey] string Id,
        string Text,
        int Int,
        long Long,
        double Double,
        bool Bool,
        DateTimeOffset When,
        DateTime Utc,
        Guid Guid,
        byte[] Bytes,
        Colour Colour,
        int? MaybeInt,
        long? MaybeLong,
        double? MaybeDouble,
        bool? MaybeBool,
        DateTimeOffset? MaybeWhen,
        Guid? MaybeGuid,
        Colour? MaybeColour,
        string? MaybeText,
        byte[]? MaybeBytes,
        IReadOnlyList<string> Tags,
        Dictionary<string, int> Counts,
        Part Nested,
        List<Part>? MaybeParts)
    {
        public static readonly TableRecordMap<Everything> Map = new("Everything");

        /// <summary>Computed, so not stored.</summary>
        public int TagCount => Tags.Count;
    }

    /// <summary>Keys computed from properties, which are all stored.</summary>
    public sealed record Event(string Hub, DateTimeOffset At, string Title, string? Note = null, int Priority = 3, bool Open = true)
    {
        public static readonly TableRecordMap<Event> Map = new("Events", e => e.Hub, e => TableKeys.InvertedTicks(e.At));
    }

    /// <summary>An init-only record with required members, as domain types are often written.</summary>
    public sealed record Profile
    {
        [PartitionKey] public required string User { get; init; }
        [RowKey] public string Kind { get; init; } = "profile";
        public required string Hub { get; init; }
        public string? Language { get; init; }
        public int Visits { get; init; } = 1;
    }

    private static readonly TableRecordMap<Profile> ProfileMap = new("Profiles");

    private static Everything Sample() => new(
        "owner", "id-1", "Évaluation « data » 🚀", int.MinValue, long.MaxValue, 0.1, true,
        new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)).AddTicks(1234567),
        new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), Guid.NewGuid(), [0, 1, 254, 255], Colour.DarkGreen,
        42, -7L, 2.5, false, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), Guid.NewGuid(), Colour.Red, "present", [9],
        ["a", "b"], new() { ["x"] = 1 }, new Part("wheel", 4), [new Part("bolt", 12)]);

    [Fact]
    public async Task Every_supported_type_round_trips_and_is_stored_as_its_table_type()
    {
        var table = _storage.Records(Everything.Map);
        var record = Sample();

        var added = await table.AddAsync(record, None);
        var read = await table.GetAsync("owner", "id-1", None);
        var raw = await _storage.GetTable("Everything").GetAsync("owner", "id-1", None);

        Assert.NotNull(read);
        Assert.Equal(added.ETag, read.ETag);
        AssertSame(record, read.Value);
        Assert.Equal(record.When.UtcTicks, read.Value.When.UtcTicks);
        Assert.IsType<int>(raw!["Int"]);
        Assert.IsType<long>(raw["Long"]);
        Assert.IsType<Guid>(raw["Guid"]);
        Assert.IsType<DateTimeOffset>(raw["Utc"]);
        Assert.Equal("DarkGreen", raw["Colour"]);
        Assert.Equal("""["a","b"]""", raw["Tags"]);
        Assert.Equal("""{"name":"wheel","count":4}""", raw["Nested"]);
        Assert.Null(raw["Owner"]);
        Assert.Null(raw["Id"]);
        Assert.Null(raw["TagCount"]);
    }

    [Fact]
    public async Task Null_properties_are_not_stored_and_read_back_as_null()
    {
        var table = _storage.Records(Everything.Map);
        var record = Sample() with
        {
            MaybeInt = null, MaybeLong = null, MaybeDouble = null, MaybeBool = null, MaybeWhen = null, MaybeGuid = null,
            MaybeColour = null, MaybeText = null, MaybeBytes = null, MaybeParts = null,
        };

        await table.AddAsync(record, None);
        var read = (await table.GetAsync("owner", "id-1", None))!.Value;
        var raw = (await _storage.GetTable("Everything").GetAsync("owner", "id-1", None))!;

        AssertSame(record, read);
        Assert.DoesNotContain(raw.Properties.Keys, name => name.StartsWith("Maybe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_stored_properties_are_ignored_on_read_kept_by_merge_and_dropped_by_replace()
    {
        var raw = _storage.GetTable("Profiles");
        await raw.AddAsync(new TableEntity("u1", "profile") { ["Hub"] = "retail", ["Visits"] = 4, ["AddedLater"] = "from a newer version" }, None);
        await raw.AddAsync(new TableEntity("u2", "profile") { ["Hub"] = "retail", ["AddedLater"] = "from a newer version" }, None);
        var table = _storage.Records(ProfileMap);

        var first = (await table.GetAsync("u1", "profile", None))!;
        await table.UpdateAsync(first.Value with { Visits = 5 }, first.ETag, TableUpdateMode.Merge, None);
        var second = (await table.GetAsync("u2", "profile", None))!;
        await table.UpdateAsync(second.Value with { Visits = 2 }, second.ETag, TableUpdateMode.Replace, None);

        Assert.Equal(new Profile { User = "u1", Hub = "retail", Visits = 4 }, first.Value);
        Assert.Equal("from a newer version", (await raw.GetAsync("u1", "profile", None))!.GetString("AddedLater"));
        Assert.Null((await raw.GetAsync("u2", "profile", None))!["AddedLater"]);
        Assert.Equal(2, (await table.GetAsync("u2", "profile", None))!.Value.Visits);
    }

    [Fact]
    public async Task Optional_properties_missing_from_old_rows_take_their_defaults()
    {
        await _storage.GetTable("Profiles").AddAsync(new TableEntity("old", "profile") { ["Hub"] = "retail" }, None);
        var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await _storage.GetTable("Events").AddAsync(new TableEntity("hub", TableKeys.InvertedTicks(at)) { ["Hub"] = "hub", ["At"] = at, ["Title"] = "t" }, None);

        var profile = (await _storage.Records(ProfileMap).GetAsync("old", "profile", None))!.Value;
        var stored = Assert.Single(await ToListAsync(_storage.Records(Event.Map).QueryAsync(TableQuery.InPartition("hub"), None)));

        Assert.Equal((null, 1), (profile.Language, profile.Visits));
        Assert.Equal(new Event("hub", at, "t", Note: null, Priority: 3, Open: true), stored.Value);
    }

    [Fact]
    public async Task Enums_are_stored_by_name_and_an_unknown_name_is_a_clear_error()
    {
        var table = _storage.Records(Everything.Map);
        await table.AddAsync(Sample(), None);
        var raw = _storage.GetTable("Everything");
        var entity = (await raw.GetAsync("owner", "id-1", None))!;
        entity["Colour"] = "Purple";
        await raw.UpdateAsync(entity, "*", TableUpdateMode.Replace, None);

        var error = await Assert.ThrowsAsync<RecordMappingException>(() => table.GetAsync("owner", "id-1", None));

        Assert.Contains("'Colour'", error.Message);
        Assert.Contains("Purple", error.Message);
        Assert.Contains("Red, DarkGreen", error.Message);
    }

    [Fact]
    public async Task Missing_required_property_names_the_table_keys_property_and_record()
    {
        await _storage.GetTable("Profiles").AddAsync(new TableEntity("broken", "profile") { ["Language"] = "fr" }, None);
        await _storage.GetTable("Events").AddAsync(new TableEntity("hub", "0") { ["Hub"] = "hub", ["Title"] = "no date" }, None);

        var profile = await Assert.ThrowsAsync<RecordMappingException>(() => _storage.Records(ProfileMap).GetAsync("broken", "profile", None));
        var @event = await Assert.ThrowsAsync<RecordMappingException>(() => _storage.Records(Event.Map).GetAsync("hub", "0", None));

        Assert.Equal("'Profiles' entity (broken, profile) has no 'Hub' property, which Profile requires.", profile.Message);
        Assert.Equal("'Events' entity (hub, 0) has no 'At' property, which Event requires.", @event.Message);
    }

    [Fact]
    public async Task Property_of_another_type_or_unreadable_json_is_a_clear_error()
    {
        var raw = _storage.GetTable("Everything");
        var entity = Everything.Map.ToEntity(Sample());
        entity["Int"] = "twelve";
        await raw.AddAsync(entity, None);
        var badJson = Everything.Map.ToEntity(Sample() with { Id = "id-2" });
        badJson["Nested"] = "{not json";
        await raw.AddAsync(badJson, None);
        var table = _storage.Records(Everything.Map);

        var wrongType = await Assert.ThrowsAsync<RecordMappingException>(() => table.GetAsync("owner", "id-1", None));
        var wrongJson = await Assert.ThrowsAsync<RecordMappingException>(() => table.GetAsync("owner", "id-2", None));

        Assert.Contains("'Int' holds a String (twelve), but Everything.Int needs Int32", wrongType.Message);
        Assert.Contains("'Nested' is not valid JSON for Everything.Nested", wrongJson.Message);
    }

    [Fact]
    public async Task Stored_etag_guards_updates_and_deletes()
    {
        var table = _storage.Records(Event.Map);
        var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var added = await table.AddAsync(new Event("hub", at, "first"), None);
        var updated = await table.UpdateAsync(added.Value with { Title = "second" }, added.ETag, TableUpdateMode.Replace, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => table.UpdateAsync(added.Value with { Title = "stale" }, added.ETag, TableUpdateMode.Replace, None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => table.DeleteAsync(added, None));
        await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => table.AddAsync(added.Value, None));
        var read = await table.GetAsync("hub", TableKeys.InvertedTicks(at), None);
        await table.DeleteAsync(updated, None);

        Assert.Equal(("second", updated.ETag), (read!.Value.Title, read.ETag));
        Assert.Null(await table.GetAsync("hub", TableKeys.InvertedTicks(at), None));
    }

    [Fact]
    public async Task Query_returns_records_with_their_etags_in_key_order_and_refuses_projections()
    {
        var table = _storage.Records(Event.Map);
        var start = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        foreach (var day in new[] { 1, 3, 2 })
        {
            await table.UpsertAsync(new Event("hub", start.AddDays(day), "day " + day), TableUpdateMode.Replace, None);
        }

        var newestFirst = await ToListAsync(table.QueryAsync(TableQuery.InPartition("hub") with { Top = 2 }, None));

        Assert.Equal(["day 3", "day 2"], newestFirst.Select(s => s.Value.Title));
        Assert.All(newestFirst, s => Assert.False(string.IsNullOrEmpty(s.ETag)));
        await Assert.ThrowsAsync<StorageValidationException>(
            () => ToListAsync(table.QueryAsync(TableQuery.InPartition("hub") with { Select = ["Title"] }, None)));
    }

    public sealed record WithDecimal([PartitionKey] string P, [RowKey] string R, decimal Amount);

    public sealed record WithoutRowKey([PartitionKey] string P, string Text);

    public sealed record MarkedAndComputed([PartitionKey] string P, [RowKey] string R);

    [Fact]
    public void Records_a_table_cannot_hold_are_refused_when_the_map_is_declared()
    {
        var unsupported = Assert.Throws<InvalidOperationException>(() => new TableRecordMap<WithDecimal>("Money"));
        var noRowKey = Assert.Throws<InvalidOperationException>(() => new TableRecordMap<WithoutRowKey>("Keys"));
        var twice = Assert.Throws<InvalidOperationException>(() => new TableRecordMap<MarkedAndComputed>("Keys", rowKey: r => r.P));

        Assert.Contains("WithDecimal.Amount is a Decimal", unsupported.Message);
        Assert.Contains("needs a RowKey", noRowKey.Message);
        Assert.Contains("keep one", twice.Message);
    }

    public void Dispose()
    {
        _storage.Dispose();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private static void AssertSame(Everything expected, Everything actual)
    {
        // Arrays, lists and dictionaries compare by reference in a record's Equals: compare them one by one, the rest at once.
        Everything WithoutCollections(Everything e) => e with { Bytes = NoBytes, MaybeBytes = null, Tags = NoTags, Counts = NoCounts, MaybeParts = null };
        Assert.Equal(WithoutCollections(expected), WithoutCollections(actual));
        Assert.Equal(expected.Bytes, actual.Bytes);
        Assert.Equal(expected.MaybeBytes, actual.MaybeBytes);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.MaybeParts, actual.MaybeParts);
        Assert.Equal(DateTimeKind.Utc, actual.Utc.Kind);
    }

    private static readonly byte[] NoBytes = [];
    private static readonly IReadOnlyList<string> NoTags = [];
    private static readonly Dictionary<string, int> NoCounts = [];

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }
}
