using GovernanceBot.Storage;
using GovernanceBot.Storage.Records;

namespace GovernanceBot.Conversations;

/// <summary>
/// Table "ConversationReferences". PartitionKey = conversation type ("personal", "groupChat",
/// "channel") so each kind of audience is one partition query; RowKey = the encoded conversation id
/// (point read when a feature knows the conversation). Personal chats also get a row under
/// "user" + the user's Entra object id, and under "userId" + their channel user id (local clients send no
/// object id; a role granted by @mention names the channel id), to find a person's chat when notifying them.
/// </summary>
public sealed class ConversationReferenceStore(ITableStorage storage)
{
    public const string TableName = "ConversationReferences";
    private const string UserPartition = "user";
    private const string ChannelUserPartition = "userId";

    /// <summary>Every conversation under its type, keyed by its encoded id; all properties stored, type and id included.</summary>
    private static readonly TableRecordMap<ConversationReference> ByConversation =
        new(TableName, r => r.ConversationType, r => TableKeys.Encode(r.ConversationId));

    /// <summary>The personal-chat index: the same row again under "user", keyed by the user's encoded Entra object id.</summary>
    private static readonly TableRecordMap<ConversationReference> ByUser =
        new(TableName, _ => UserPartition, r => TableKeys.Encode(r.UserAadObjectId!));

    /// <summary>The personal-chat index by channel user id ("29:…").</summary>
    private static readonly TableRecordMap<ConversationReference> ByChannelUser =
        new(TableName, _ => ChannelUserPartition, r => TableKeys.Encode(r.UserId!));

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await storage.Records(ByConversation).UpsertAsync(reference, TableUpdateMode.Replace, cancellationToken);
        if (reference.ConversationType == "personal" && reference.UserAadObjectId is { Length: > 0 })
            await storage.Records(ByUser).UpsertAsync(reference, TableUpdateMode.Replace, cancellationToken);
        if (reference.ConversationType == "personal" && reference.UserId is { Length: > 0 })
            await storage.Records(ByChannelUser).UpsertAsync(reference, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string conversationType, string conversationId, CancellationToken cancellationToken) =>
        (await storage.Records(ByConversation).GetAsync(conversationType, TableKeys.Encode(conversationId), cancellationToken))?.Value;

    public async Task<ConversationReference?> FindPersonalChatAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        (await storage.Records(ByUser).GetAsync(UserPartition, TableKeys.Encode(userAadObjectId), cancellationToken))?.Value;

    public async Task<ConversationReference?> FindPersonalChatByChannelUserAsync(string channelUserId, CancellationToken cancellationToken) =>
        (await storage.Records(ByChannelUser).GetAsync(ChannelUserPartition, TableKeys.Encode(channelUserId), cancellationToken))?.Value;

    public async IAsyncEnumerable<ConversationReference> ListAsync(string conversationType, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in storage.Records(ByConversation).QueryAsync(TableQuery.InPartition(conversationType), cancellationToken))
            yield return stored.Value;
    }
}
