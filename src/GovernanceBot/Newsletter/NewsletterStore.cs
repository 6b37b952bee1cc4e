using System.Text.Json;
using System.Text.Json.Serialization;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Storage;

namespace GovernanceBot.Newsletter;

/// <summary>
/// Table <c>NewsletterIssues</c>: PartitionKey "issue", RowKey = inverted quarter ("9999-Q4" sorts 2026-Q4
/// before 2026-Q3) — "this quarter's issue" is a point read, "past issues, newest first" one partition scan.
/// The issue is one JSON document (sections, approvals, schedule change together and are read together), cut
/// into properties of at most <see cref="ChunkLength"/> characters because a table property holds 64 KB (32K
/// UTF-16 characters) and twelve full sections are larger; status and quarter are plain columns for people. Every write names the ETag it read, so a
/// colleague's edit in between is never overwritten.
/// </summary>
public sealed class NewsletterStore(ITableStorage storage)
{
    public const string TableName = "NewsletterIssues";
    private const string Partition = "issue";

    /// <summary>Characters per property: under the 32K UTF-16 characters a table property holds.</summary>
    internal const int ChunkLength = 30_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new QuarterConverter() },
        IgnoreReadOnlyProperties = true,
    };

    private ITable Table => storage.GetTable(TableName);

    public async Task<StoredIssue?> GetAsync(Quarter quarter, CancellationToken cancellationToken) =>
        await Table.GetAsync(Partition, RowKeyOf(quarter), cancellationToken) is { } entity ? Read(entity) : null;

    /// <summary>Stores a new issue; throws <see cref="EntityAlreadyExistsException"/> when a colleague started it first.</summary>
    public async Task<StoredIssue> AddAsync(NewsletterIssue issue, CancellationToken cancellationToken)
    {
        var etag = await Table.AddAsync(ToEntity(issue), cancellationToken);
        return new StoredIssue(issue, etag);
    }

    /// <summary>Replaces the issue if it is still at <paramref name="etag"/>; throws <see cref="ConcurrencyConflictException"/> otherwise.</summary>
    public async Task<StoredIssue> ReplaceAsync(NewsletterIssue issue, string etag, CancellationToken cancellationToken)
    {
        var next = await Table.UpdateAsync(ToEntity(issue), etag, TableUpdateMode.Replace, cancellationToken);
        return new StoredIssue(issue, next);
    }

    /// <summary>Issues newest quarter first.</summary>
    public async Task<IReadOnlyList<StoredIssue>> ListAsync(int top, CancellationToken cancellationToken)
    {
        var list = new List<StoredIssue>();
        await foreach (var entity in Table.QueryAsync(TableQuery.InPartition(Partition) with { Top = top }, cancellationToken))
        {
            list.Add(Read(entity));
            if (list.Count == top) break;
        }
        return list;
    }

    internal static string RowKeyOf(Quarter quarter) => $"{9999 - quarter.Year:D4}-Q{5 - quarter.Number}";

    private static TableEntity ToEntity(NewsletterIssue issue)
    {
        var json = JsonSerializer.Serialize(issue, Json);
        var entity = new TableEntity(Partition, RowKeyOf(issue.Quarter))
        {
            ["Quarter"] = issue.Quarter.ToString(),
            ["Status"] = issue.Status.ToString(),
        };
        for (var (index, start) = (0, 0); start < json.Length; index++, start += ChunkLength)
            entity[ChunkName(index)] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        return entity;
    }

    private static StoredIssue Read(TableEntity entity)
    {
        var json = new System.Text.StringBuilder();
        for (var index = 0; entity.GetString(ChunkName(index)) is { } chunk; index++) json.Append(chunk);
        return new(JsonSerializer.Deserialize<NewsletterIssue>(json.ToString(), Json)!, entity.ETag!);
    }

    private static string ChunkName(int index) => index == 0 ? "Issue" : $"Issue{index}";

    private sealed class QuarterConverter : JsonConverter<Quarter>
    {
        public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Quarter.TryParse(reader.GetString()) ?? throw new JsonException($"'{reader.GetString()}' is not a quarter.");

        public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
