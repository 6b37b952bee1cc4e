using System.Collections.Immutable;
using System.Text.Json.Nodes;
using GovernanceBot.Conversations;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Maturity;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Tests.Storage;

/// <summary>
/// The maturity and conversation stores keep the table layout documented in docs/storage.md: rows written
/// in that layout (as earlier versions of the bot wrote them) still read, and new writes produce exactly it.
/// </summary>
public sealed class StoreLayoutTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Started = new(2025, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gb-layout-");
    private readonly SqliteTableStorage _storage;

    public StoreLayoutTests() => _storage = new SqliteTableStorage(Path.Combine(_directory.FullName, "layout.db"));

    private static TableEntity DraftRow(Guid id) => new("aad-user1", "retail")
    {
        ["DraftId"] = id,
        ["QuestionnaireId"] = "maturity",
        ["QuestionnaireVersion"] = 1,
        ["CurrentIndex"] = 2,
        ["Revision"] = 5,
        ["Answers"] = """{"q1":"yes","q2":"3"}""",
        ["StartedAt"] = Started,
        ["UpdatedAt"] = Started.AddMinutes(4),
    };

    private static TableEntity AssessmentRow(Guid id, DateTimeOffset completedAt) => new("retail", TableKeys.InvertedTicks(completedAt) + "_" + id.ToString("D"))
    {
        ["AssessmentId"] = id,
        ["RespondentId"] = "aad-user1",
        ["RespondentName"] = "Chloé",
        ["CompletedAt"] = completedAt,
        ["QuestionnaireId"] = "maturity",
        ["QuestionnaireVersion"] = 1,
        ["Total"] = 20,
        ["MaxScore"] = 33,
        ["BracketId"] = "intermediate",
        ["Categories"] = """[{"categoryId":"data","points":7,"maxPoints":11,"percentage":64}]""",
        ["Answers"] = """{"q1":"yes"}""",
    };

    private static TableEntity ConversationRow(string partition, string rowKey) => new(partition, rowKey)
    {
        ["ConversationId"] = "a:1/chat#x",
        ["ConversationType"] = "personal",
        ["ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["ChannelId"] = "msteams",
        ["TenantId"] = "tenant-1",
        ["UserId"] = "29:user",
        ["UserAadObjectId"] = "aad/1",
        ["UserName"] = "Chloé",
        ["BotId"] = "28:bot",
        ["UpdatedAt"] = Started,
        ["Installed"] = false,
    };

    [Fact]
    public async Task Maturity_rows_in_the_documented_layout_read_back()
    {
        var draftId = Guid.NewGuid();
        var assessmentId = Guid.NewGuid();
        await _storage.GetTable(MaturityStore.DraftsTable).AddAsync(DraftRow(draftId), None);
        await _storage.GetTable(MaturityStore.AssessmentsTable).AddAsync(AssessmentRow(assessmentId, Started.AddDays(1)), None);
        var store = new MaturityStore(_storage);

        var draft = (await store.GetDraftAsync("aad-user1", "retail", None))!.Draft;
        var assessment = (await store.FindCompletedAsync("retail", assessmentId, None))!;

        Assert.Equal((draftId, "retail", "aad-user1", "maturity", 1, 2, 5), (draft.Id, draft.HubId, draft.RespondentId, draft.QuestionnaireId, draft.QuestionnaireVersion, draft.CurrentIndex, draft.Revision));
        Assert.Equal((Started, Started.AddMinutes(4)), (draft.StartedAt, draft.UpdatedAt));
        Assert.Equal(new Dictionary<string, string> { ["q1"] = "yes", ["q2"] = "3" }, draft.Answers);
        Assert.Equal((assessmentId, "retail", "aad-user1", "Chloé", Started.AddDays(1)), (assessment.Id, assessment.HubId, assessment.RespondentId, assessment.RespondentName, assessment.CompletedAt));
        Assert.Equal(("maturity", 1, 20, 33, "intermediate"), (assessment.Score.QuestionnaireId, assessment.Score.QuestionnaireVersion, assessment.Score.Total, assessment.Score.MaxScore, assessment.Score.BracketId));
        Assert.Equal([new CategoryScore("data", 7, 11)], assessment.Score.Categories);
        Assert.Equal(new Dictionary<string, string> { ["q1"] = "yes" }, assessment.Answers);
    }

    [Fact]
    public async Task Maturity_writes_produce_the_documented_layout()
    {
        var draftId = Guid.NewGuid();
        var assessmentId = Guid.NewGuid();
        var store = new MaturityStore(_storage);
        await store.AddDraftAsync(new AssessmentDraft
        {
            Id = draftId, HubId = "retail", RespondentId = "aad-user1", QuestionnaireId = "maturity", QuestionnaireVersion = 1,
            CurrentIndex = 2, Revision = 5, Answers = ImmutableDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("q1", "yes"), new("q2", "3")]),
            StartedAt = Started, UpdatedAt = Started.AddMinutes(4),
        }, None);
        await store.AddCompletedAsync(new CompletedAssessment(assessmentId, "retail", "aad-user1", "Chloé", Started.AddDays(1),
            new Dictionary<string, string> { ["q1"] = "yes" },
            new MaturityScore("maturity", 1, 20, 33, "intermediate", [new CategoryScore("data", 7, 11)])), None);

        await AssertStoredAsync(MaturityStore.DraftsTable, DraftRow(draftId));
        await AssertStoredAsync(MaturityStore.AssessmentsTable, AssessmentRow(assessmentId, Started.AddDays(1)));
    }

    [Fact]
    public async Task Conversation_rows_in_the_documented_layout_read_back_and_writes_produce_it()
    {
        await _storage.GetTable(ConversationReferenceStore.TableName).AddAsync(ConversationRow("personal", TableKeys.Encode("a:1/chat#x")), None);
        await _storage.GetTable(ConversationReferenceStore.TableName).AddAsync(ConversationRow("user", TableKeys.Encode("aad/1")), None);
        var store = new ConversationReferenceStore(_storage);

        var byConversation = await store.FindAsync("personal", "a:1/chat#x", None);
        var byUser = await store.FindPersonalChatAsync("aad/1", None);
        await store.SaveAsync(byConversation! with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }, None);

        Assert.Equal(new ConversationReference("a:1/chat#x", "personal", "https://smba.trafficmanager.net/emea/", "msteams", "tenant-1",
            null, null, null, "29:user", "aad/1", "Chloé", "28:bot", Started, false), byConversation);
        Assert.Equal(byConversation, byUser);
        await AssertStoredAsync(ConversationReferenceStore.TableName, ConversationRow("personal", "a:1~2Fchat~23x"));
        await AssertStoredAsync(ConversationReferenceStore.TableName, ConversationRow("user", "aad~2F1"));
    }

    [Fact]
    public async Task Conversation_rows_from_before_the_install_columns_read_as_installed()
    {
        var row = ConversationRow("channel", "19:c");
        row.Remove("UpdatedAt");
        row.Remove("Installed");
        await _storage.GetTable(ConversationReferenceStore.TableName).AddAsync(row, None);

        var reference = await new ConversationReferenceStore(_storage).FindAsync("channel", "19:c", None);

        Assert.Equal((DateTimeOffset.MinValue, true), (reference!.UpdatedAt, reference.Installed));
    }

    public void Dispose()
    {
        _storage.Dispose();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    /// <summary>The stored row has exactly these columns, each with this value and type.</summary>
    private async Task AssertStoredAsync(string table, TableEntity expected)
    {
        var stored = await _storage.GetTable(table).GetAsync(expected.PartitionKey, expected.RowKey, None);
        Assert.NotNull(stored);
        Assert.Equal(expected.Properties.Keys.Order(), stored.Properties.Keys.Order());
        foreach (var (name, value) in expected.Properties)
        {
            Assert.Equal(value!.GetType(), stored[name]!.GetType());
            if (value is string text && text.StartsWith('{'))
            {
                // A JSON object's member order follows the dictionary's, which is not fixed: compare members.
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse((string)stored[name]!)), $"{name}: {stored[name]}");
            }
            else
            {
                Assert.Equal(value, stored[name]);
            }
        }
    }
}
