using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Identity;

namespace GovernanceBot.Modules;

/// <summary>
/// The person behind a turn: their language at once, their access (roles, hub) on first use and at most
/// once per turn, however many guards and handlers ask.
/// </summary>
public sealed class TurnCaller(ITurnContext turn, IUserDirectory users)
{
    private Task<UserAccess>? _access;

    public Language Language { get; } = Languages.FromLocale(turn.Activity.Locale);

    public Task<UserAccess> GetAccessAsync(CancellationToken cancellationToken) =>
        _access ??= users.GetAccessAsync(turn.Activity.From, cancellationToken);

    /// <summary>Replaces the cached access after the turn changed it (e.g. the caller joined a hub).</summary>
    public void Remember(UserAccess access) => _access = Task.FromResult(access);
}

/// <summary>How handlers reach the caller of their turn.</summary>
public static class TurnCallerExtensions
{
    /// <summary>The language to answer in (the client's locale; French unless it says English).</summary>
    public static Language Language(this ITurnContext turn) =>
        turn.State.Find<TurnCaller>()?.Language ?? Languages.FromLocale(turn.Activity.Locale);

    /// <summary>The caller's access, read once per turn.</summary>
    public static Task<UserAccess> GetUserAsync(this ITurnContext turn, CancellationToken cancellationToken) =>
        Caller(turn).GetAccessAsync(cancellationToken);

    /// <summary>Records the caller's changed access for the rest of the turn.</summary>
    public static void RememberUser(this ITurnContext turn, UserAccess access) => Caller(turn).Remember(access);

    private static TurnCaller Caller(ITurnContext turn) =>
        turn.State.Find<TurnCaller>() ?? throw new InvalidOperationException("The turn has no caller: routes must be declared through FeatureRoutes.");
}
