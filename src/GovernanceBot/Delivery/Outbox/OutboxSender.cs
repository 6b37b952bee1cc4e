using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Proactive;
using GovernanceBot.Domain.Delivery;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Delivers the outbox in the background. Any number of instances may run on one store: each message is
/// claimed under an ETag-guarded lease before it is sent, its activity id is recorded as soon as the
/// connector accepts it, and a claim whose sender died is taken over only once its lease has expired.
/// Wakes when work is enqueued here and on a short timer (for work enqueued by other instances and for
/// back-offs that end); on shutdown, claims not yet sent are given back.
/// </summary>
public sealed class OutboxSender(
    OutboxStore store,
    SendBudget budget,
    IProactiveMessenger messenger,
    OutboxSignal signal,
    FailureReporter reporter,
    IEnumerable<IOutboxSendListener> listeners,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly DeliveryOptions _options = options.Value;
    private readonly RetryBackoff _backoff = new(options.Value.RetryBaseDelay, options.Value.RetryMaxDelay);
    private readonly IOutboxSendListener[] _listeners = [.. listeners];

    /// <summary>Names this instance's claims (visible in storage when diagnosing a stuck message).</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Outbox sender {Instance} started", InstanceId);
        // Sends already on the wire get a short grace after shutdown starts, so an accepted message is recorded.
        using var abort = new CancellationTokenSource();
        await using var _ = stoppingToken.Register(() => abort.CancelAfter(_options.ShutdownGrace));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await RunOnceAsync(stoppingToken, abort.Token);
                if (sent == 0) await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Storage outage or a bug: keep the loop alive, nothing claimed is lost (leases expire).
                logger.LogError(e, "Outbox sender pass failed; retrying after {Delay}", _options.PollInterval);
                try { await Task.Delay(_options.PollInterval, time, stoppingToken); }
                catch (OperationCanceledException) { break; }
            }
        }
        logger.LogInformation("Outbox sender {Instance} stopped", InstanceId);
    }

    /// <summary>One pass over the open occurrences: closes finished ones, sends what can be claimed. Returns how many items it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken stoppingToken, CancellationToken abortToken)
    {
        var candidates = new List<StoredOutboxItem>();
        var now = time.GetUtcNow();
        foreach (var occurrence in await store.ListOpenOccurrencesAsync(stoppingToken))
        {
            var items = await store.ListItemsAsync(occurrence.OccurrenceId, stoppingToken);
            var tally = DeliveryTally.Of(items.Select(i => i.Item));
            if (tally.IsComplete)
            {
                if (await store.CloseAsync(occurrence.OccurrenceId, tally.Failed > 0, stoppingToken))
                    await reporter.ReportAsync(occurrence, tally, stoppingToken);
                continue;
            }
            candidates.AddRange(items.Where(i => i.Item.CanClaim(now)));
        }
        if (candidates.Count == 0) return 0;

        // Instances walk the work in different orders, so they rarely race for the same item.
        var queue = new Queue<StoredOutboxItem>(candidates.OrderBy(_ => Random.Shared.Next()));
        var handled = 0;
        var workers = Enumerable.Range(0, Math.Min(_options.MaxConcurrentSends, queue.Count)).Select(async _ =>
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                StoredOutboxItem next;
                lock (queue)
                {
                    if (!queue.TryDequeue(out next!)) return;
                }
                if (await DeliverAsync(next, stoppingToken, abortToken)) Interlocked.Increment(ref handled);
            }
        });
        await Task.WhenAll(workers);
        return handled;
    }

    private async Task<bool> DeliverAsync(StoredOutboxItem candidate, CancellationToken stoppingToken, CancellationToken abortToken)
    {
        var target = candidate.Item.Target;
        var now = time.GetUtcNow();
        if (!candidate.Item.CanClaim(now)) return false;
        var claimed = await store.TryReplaceAsync(candidate.Item.Claim(InstanceId, now, _options.LeaseDuration), candidate.ETag, stoppingToken);
        if (claimed is null) return false;

        try
        {
            // Leave a margin before the lease ends so the outcome is written while the claim is still ours.
            var deadline = claimed.Item.LeaseExpiresAt!.Value - _options.LeaseDuration / 4;
            if (!await budget.AcquireAsync(target.PacingKey, deadline, stoppingToken))
            {
                await store.TryReplaceAsync(claimed.Item.Release(), claimed.ETag, CancellationToken.None);
                return false;
            }
        }
        catch (OperationCanceledException)
        {
            await store.TryReplaceAsync(claimed.Item.Release(), claimed.ETag, CancellationToken.None);
            throw;
        }

        var outcome = await SendAsync(claimed.Item, abortToken);
        var written = await store.TryReplaceAsync(outcome, claimed.ETag, CancellationToken.None);
        if (written is null)
            logger.LogWarning("Outbox item {Occurrence}/{Recipient} was taken over while this instance sent it (lease too short?); its outcome was {State}",
                claimed.Item.OccurrenceId, claimed.Item.RecipientKey, outcome.State);
        else if (SentPosts.From(outcome) is { } post)
            await TellListenersAsync(post, stoppingToken);
        return true;
    }

    private async Task TellListenersAsync(SentPost post, CancellationToken cancellationToken)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnSentAsync(post, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Send listener {Listener} failed for {Occurrence}/{Recipient}", listener.GetType().Name, post.OccurrenceId, LogText.Safe(post.RecipientKey));
            }
        }
    }

    /// <summary>Sends one claimed item; returns it Sent, Queued for a retry, Failed for good, or released when shutdown cut the send.</summary>
    private async Task<OutboxItem> SendAsync(OutboxItem item, CancellationToken abortToken)
    {
        var target = item.Target;
        try
        {
            var message = new OutgoingMessage(item.Content.Text, ParseCard(item.Content.CardJson), item.Content.Summary);
            var sent = target.NewThread
                ? await messenger.StartThreadAsync(new ChannelAddress(target.ServiceUrl, target.ConversationId, target.BotId, target.TenantId), message, abortToken)
                : await messenger.SendAsync(new ConversationAddress(target.ServiceUrl, target.ConversationId, target.BotId, target.TenantId), message, abortToken);
            return item.MarkSent(sent.ActivityId, sent.ConversationId, time.GetUtcNow());
        }
        catch (ConnectorException e)
        {
            var status = (int?)e.StatusCode;
            var reason = DeliveryFailures.Reason(status, e.ErrorCode);
            var now = time.GetUtcNow();
            switch (DeliveryFailures.Classify(status))
            {
                case DeliveryFailureKind.Permanent:
                    logger.LogWarning("Outbox item {Occurrence}/{Recipient} failed for good: {Reason}", item.OccurrenceId, item.RecipientKey, reason);
                    return item.Fail(reason);
                case DeliveryFailureKind.Throttled:
                    var wait = _backoff.Delay(item.Attempts, e.RetryAfter, Random.Shared.NextDouble());
                    logger.LogWarning("Teams throttled the bot; every sender pauses for {Wait}", wait);
                    await budget.CloseGateAsync(now + wait, CancellationToken.None);
                    return item.RetryLater(now + wait, reason, _options.MaxAttempts);
                default:
                    return item.RetryLater(now + _backoff.Delay(item.Attempts, e.RetryAfter, Random.Shared.NextDouble()), reason, _options.MaxAttempts);
            }
        }
        catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
        {
            // Shutdown cut the call: whether the connector accepted it is unknown; another pass sends it.
            return item.Release();
        }
        catch (Exception e) when (e is ArgumentException or System.Text.Json.JsonException)
        {
            logger.LogError(e, "Outbox item {Occurrence}/{Recipient} cannot be sent as written", item.OccurrenceId, item.RecipientKey);
            return item.Fail("message cannot be sent as written: " + e.Message);
        }
    }

    private static JsonObject? ParseCard(string? cardJson) =>
        cardJson is null ? null : JsonNode.Parse(cardJson) as JsonObject ?? throw new ArgumentException("The stored card is not a JSON object.");
}
