using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Identity;
using GovernanceBot.Storage;

namespace GovernanceBot.Modules;

/// <summary>
/// The person behind a turn: their access (roles, hub, chosen language) read once per turn, however many
/// guards and handlers ask, and the language to answer in: the one they chose, else their client's locale.
/// </summary>
public sealed class TurnCaller(ITurnContext turn, IUserDirectory users)
{
    private Task<UserAccess>? _access;
    private Language? _preferred;
    private bool _loaded;

    /// <summary>The language the client's locale asks for (French unless it says English).</summary>
    public Language ClientLanguage { get; } = Languages.FromLocale(turn.Activity.Locale);

    /// <summary>The user's chosen language once <see cref="LoadAsync"/> ran, else the client's.</summary>
    public Language Language => _preferred ?? ClientLanguage;

    /// <summary>
    /// Reads the caller's profile (the same single read their access needs) so <see cref="Language"/> honours
    /// a stored choice for every handler. A turn nobody can be identified for, or a store that does not
    /// answer, keeps the client's language: help still answers, and whatever needs the access gets the same
    /// failure when it asks.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded) return;
        _loaded = true;
        var from = turn.Activity.From;
        if (string.IsNullOrWhiteSpace(from?.AadObjectId) && string.IsNullOrWhiteSpace(from?.Id)) return;
        try
        {
            _preferred = (await GetAccessAsync(cancellationToken)).PreferredLanguage;
        }
        catch (StorageException)
        {
            // The cached failed read is rethrown to whoever needs the access; the language falls back to the client's.
        }
    }

    public Task<UserAccess> GetAccessAsync(CancellationToken cancellationToken) =>
        _access ??= users.GetAccessAsync(turn.Activity.From, cancellationToken);

    /// <summary>Replaces the cached access after the turn changed it (joined a hub, chose a language).</summary>
    public void Remember(UserAccess access)
    {
        _access = Task.FromResult(access);
        _preferred = access.PreferredLanguage;
    }
}

/// <summary>How handlers reach the caller of their turn.</summary>
public static class TurnCallerExtensions
{
    /// <summary>The language to answer in: the user's stored choice, else the client's locale (French unless it says English).</summary>
    public static Language Language(this ITurnContext turn) =>
        turn.State.Find<TurnCaller>()?.Language ?? Languages.FromLocale(turn.Activity.Locale);

    /// <summary>The caller's access, read once per turn.</summary>
    public static Task<UserAccess> GetUserAsync(this ITurnContext turn, CancellationToken cancellationToken) =>
        Caller(turn).GetAccessAsync(cancellationToken);

    /// <summary>Records the caller's changed access for the rest of the turn (and its language, if that changed).</summary>
    public static void RememberUser(this ITurnContext turn, UserAccess access) => Caller(turn).Remember(access);

    private static TurnCaller Caller(ITurnContext turn) =>
        turn.State.Find<TurnCaller>() ?? throw new InvalidOperationException("The turn has no caller: routes must be declared through FeatureRoutes.");
}
