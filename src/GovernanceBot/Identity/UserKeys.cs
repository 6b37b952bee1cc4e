using GovernanceBot.Storage;

namespace GovernanceBot.Identity;

/// <summary>
/// Turns a user's identifier into a storage key: the Entra object id when Teams gives one (stable across
/// chats and apps), else the channel user id (local clients such as the Agents Playground).
/// </summary>
internal static class UserKeys
{
    public static string For(string? aadObjectId, string? channelUserId)
    {
        if (!string.IsNullOrWhiteSpace(aadObjectId)) return "aad-" + TableKeys.Encode(aadObjectId.Trim().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(channelUserId)) return "id-" + TableKeys.Encode(channelUserId.Trim());
        throw new UnidentifiedUserException();
    }
}
