using GovernanceBot.Storage;

namespace GovernanceBot.Conversations;

/// <summary>
/// Table "ConversationReferences". PartitionKey = conversation type ("personal", "groupChat",
/// "channel") so each kind of audience is one partition query; RowKey = the encoded conversation id
/// (point read when a feature knows the conversation). Personal chats also get a row under
/// "user" + the user's Entra object id, to find a person's chat when notifying them.
/// </summary>
public sealed class ConversationReferenceStore(ITableStorage storage)
{
    public const string TableName = "ConversationReferences";
    private const string UserPartition = "user";

    private ITable Table => storage.GetTable(TableName);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await Table.UpsertAsync(ToEntity(reference.ConversationType, TableKeys.Encode(reference.ConversationId), reference), TableUpdateMode.Replace, cancellationToken);
        if (reference.ConversationType == "personal" && reference.UserAadObjectId is { Length: > 0 } user)
            await Table.UpsertAsync(ToEntity(UserPartition, TableKeys.Encode(user), reference), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string conversationType, string conversationId, CancellationToken cancellationToken) =>
        await Table.GetAsync(conversationType, TableKeys.Encode(conversationId), cancellationToken) is { } entity ? FromEntity(entity) : null;

    public async Task<ConversationReference?> FindPersonalChatAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        await Table.GetAsync(UserPartition, TableKeys.Encode(userAadObjectId), cancellationToken) is { } entity ? FromEntity(entity) : null;

    public async IAsyncEnumerable<ConversationReference> ListAsync(string conversationType, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in Table.QueryAsync(TableQuery.InPartition(conversationType), cancellationToken))
            yield return FromEntity(entity);
    }

    private static TableEntity ToEntity(string partitionKey, string rowKey, ConversationReference r)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["ConversationId"] = r.ConversationId,
            ["ConversationType"] = r.ConversationType,
            ["ServiceUrl"] = r.ServiceUrl,
            ["ChannelId"] = r.ChannelId,
            ["TenantId"] = r.TenantId,
            ["TeamId"] = r.TeamId,
            ["TeamName"] = r.TeamName,
            ["TeamsChannelId"] = r.TeamsChannelId,
            ["UserId"] = r.UserId,
            ["UserAadObjectId"] = r.UserAadObjectId,
            ["UserName"] = r.UserName,
            ["BotId"] = r.BotId,
            ["UpdatedAt"] = r.UpdatedAt,
            ["Installed"] = r.Installed,
        };
        return entity;
    }

    private static ConversationReference FromEntity(TableEntity e) => new(
        e.GetString("ConversationId")!,
        e.GetString("ConversationType")!,
        e.GetString("ServiceUrl")!,
        e.GetString("ChannelId")!,
        e.GetString("TenantId"),
        e.GetString("TeamId"),
        e.GetString("TeamName"),
        e.GetString("TeamsChannelId"),
        e.GetString("UserId"),
        e.GetString("UserAadObjectId"),
        e.GetString("UserName"),
        e.GetString("BotId")!,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        e.GetBoolean("Installed") ?? true);
}
