using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.Identity;

/// <summary>
/// The single place features ask who a user is, which roles they hold and which hub they belong to.
/// Roles come from configuration for now; hub membership and language are the user's own choices, stored.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The access of the activity's sender; throws <see cref="UnidentifiedUserException"/> when the activity names nobody.</summary>
    Task<UserAccess> GetAccessAsync(ChannelAccount? user, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="user"/> belongs to hub <paramref name="hubId"/>; throws <see cref="Hubs.UnknownHubException"/> for a hub not in the list.</summary>
    Task<UserAccess> JoinHubAsync(UserAccess user, string hubId, CancellationToken cancellationToken);

    /// <summary>Everyone holding <paramref name="role"/>, by the identifier they were named with (Entra object id or channel user id).</summary>
    Task<IReadOnlyList<string>> HoldersAsync(Role role, CancellationToken cancellationToken);

    /// <summary>The language the user with <paramref name="userKey"/> chose, for messages the bot starts; null when they chose none.</summary>
    Task<Domain.Language?> PreferredLanguageAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Stores the language <paramref name="user"/> wants answers in; null goes back to the client's locale.</summary>
    Task<UserAccess> SetLanguageAsync(UserAccess user, Domain.Language? language, CancellationToken cancellationToken);
}
