using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using GovernanceBot.Identity;

namespace GovernanceBot.Delivery.Schedules;

/// <summary>
/// A typed job a feature registers (Copil agenda, Copil digest, newsletter, reminder):
/// <c>services.AddSingleton&lt;IScheduledJobHandler, MyJob&gt;()</c>. When a run is due, the scheduler asks it
/// for the messages to send and puts them in the outbox under the run's occurrence id, so a replayed
/// run never sends twice. A late run (after downtime) should say so in its messages.
/// </summary>
public interface IScheduledJobHandler
{
    /// <summary>The stored type key, e.g. "copil-agenda".</summary>
    string JobType { get; }

    /// <summary>How the job type is named in lists.</summary>
    LocalizedText Name { get; }

    /// <summary>The role that owns jobs of this type and may manage them (admins always may).</summary>
    Role OwnerRole { get; }

    Task<IReadOnlyList<OutboxMessage>> PrepareAsync(JobRun run, CancellationToken cancellationToken);
}
