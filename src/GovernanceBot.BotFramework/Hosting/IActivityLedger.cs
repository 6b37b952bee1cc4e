using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>
/// Which activities have already been processed, shared by every instance of the bot, so that a channel
/// retry landing on another instance is not acted on twice. (Within one instance the
/// <see cref="ActivityDeduplicator"/> already answers repeats with the first outcome.)
/// </summary>
public interface IActivityLedger
{
    /// <summary>Records the activity as being processed; false when some instance already did.</summary>
    Task<bool> TryClaimAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose turn failed, so the channel's retry can run it.</summary>
    Task ReleaseAsync(Activity activity, CancellationToken cancellationToken);
}
