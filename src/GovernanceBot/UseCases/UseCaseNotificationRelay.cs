using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using Microsoft.Extensions.Options;

namespace GovernanceBot.UseCases;

/// <summary>
/// Relays the notifications the registry records with each move to the delivery outbox. Any number of
/// instances may run: a notification is claimed (ETag) before it is addressed, enqueued under an occurrence
/// id derived from its own id (so a relay that dies after enqueuing and is replaced enqueues nothing twice),
/// then moved out of the pending rows. One that cannot be addressed yet (no personal chat, no central-team
/// channel nor reachable member) stays pending with the reason and is tried again later, for
/// <see cref="GiveUpAfter"/>; then it is moved aside with that reason, never dropped silently.
/// </summary>
public sealed class UseCaseNotificationRelay(
    UseCaseStore store,
    IServiceProvider services,
    IOutbox outbox,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<UseCaseNotificationRelay> logger) : BackgroundService
{
    public const string JobType = "usecase-notification";

    /// <summary>How long an unaddressable notification is kept trying: time enough for a person to open the bot, or for a channel to be registered.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(14);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(6);
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    private readonly NotificationAddresses _addresses = ActivatorUtilities.CreateInstance<NotificationAddresses>(services);

    /// <summary>Names this instance's claims in storage.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    public static string OccurrenceIdFor(Guid notificationId) => "usecase-notice:" + notificationId.ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Storage outage or a bug: the rows stay pending and claims expire, so the next pass picks them up.
                logger.LogError(e, "Use-case notification relay pass failed; retrying after {Delay}", options.Value.NotificationRelayInterval);
            }
            try { await Task.Delay(options.Value.NotificationRelayInterval, time, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One pass over the pending notifications; returns how many were relayed (enqueued or settled).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var relayed = 0;
        foreach (var pending in await store.ListPendingNotificationsAsync(cancellationToken))
        {
            var now = time.GetUtcNow();
            if (!pending.IsDue(now)) continue;
            var claimed = await store.TryClaimNotificationAsync(pending, InstanceId, now + ClaimFor, cancellationToken);
            if (claimed is null) continue;
            if (await RelayAsync(claimed, now, cancellationToken)) relayed++;
        }
        return relayed;
    }

    private async Task<bool> RelayAsync(PendingNotification claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notification = claimed.Notification;
        var route = await _addresses.ResolveAsync(notification, cancellationToken);
        if (route.Messages.Count == 0 && route.Retry)
        {
            if (now - notification.At < GiveUpAfter)
            {
                var retryAt = now + RetryDelay(claimed.Attempts);
                logger.LogInformation("Use-case notification {Id} cannot be addressed yet ({Reason}); next try at {RetryAt}", notification.Id, route.Note, retryAt);
                await store.DeferNotificationAsync(claimed, route.Note!, retryAt, cancellationToken);
                return false;
            }
            logger.LogWarning("Use-case notification {Id} given up after {Days} days: {Reason}", notification.Id, GiveUpAfter.TotalDays, route.Note);
            return await store.MarkRelayedAsync(claimed, "given up: " + route.Note, now, cancellationToken);
        }

        if (route.Messages.Count > 0)
        {
            var occurrence = new OutboxOccurrence(OccurrenceIdFor(notification.Id), Title(notification), null, JobType, null, Language.French, now, null, false);
            await outbox.EnqueueAsync(occurrence, route.Messages, cancellationToken);
        }
        var outcome = route.Messages.Count > 0
            ? $"enqueued to {route.Messages.Count}: {string.Join(", ", route.Messages.Select(m => m.Target.Label))}" + (route.Note is null ? "" : "; " + route.Note)
            : "nothing to send: " + route.Note;
        return await store.MarkRelayedAsync(claimed, outcome, now, cancellationToken);
    }

    private static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks * (1L << Math.Min(attempts, 20))));

    /// <summary>The delivery-status line: the notification's first words, enough to recognise it.</summary>
    private static string Title(UseCaseNotification notification) =>
        notification.Text.Fr.Length <= 80 ? notification.Text.Fr : notification.Text.Fr[..79] + "…";
}
