using GovernanceBot.Domain;

namespace GovernanceBot.UseCases;

/// <summary>
/// A message owed to someone because a use case moved, recorded in the registry's outbox in the same
/// transaction as the move (so a move is never announced without happening, nor happens unannounced).
/// <see cref="Audience"/> is <c>user:&lt;user key&gt;</c> (personal chat), <c>hub:&lt;hub id&gt;</c> (the hub's
/// registered channel, if any) or <c>role:CentralTeam</c> (its channel, else each member personally).
/// <see cref="OffersTake"/> asks the sender to add the "Take it" button.
/// </summary>
public sealed record UseCaseNotification(Guid Id, Guid UseCaseId, string Audience, LocalizedText Text, DateTimeOffset At, bool OffersTake = false)
{
    public static string ToUser(string userKey) => "user:" + userKey;

    public static string ToHub(string hubId) => "hub:" + hubId;

    public const string ToCentralTeam = "role:CentralTeam";
}
