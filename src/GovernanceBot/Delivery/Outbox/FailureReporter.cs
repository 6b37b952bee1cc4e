using GovernanceBot.Conversations;
using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Tells the owner of an occurrence, once, which messages could not be delivered and why: a message in
/// their personal chat, itself sent through the outbox (so it too goes exactly once).
/// </summary>
public sealed class FailureReporter(IOutbox outbox, ConversationReferenceStore conversations, TimeProvider time, ILogger<FailureReporter> logger)
{
    private const int MaxListed = 20;

    public async Task ReportAsync(OutboxOccurrence occurrence, DeliveryTally tally, CancellationToken cancellationToken)
    {
        if (occurrence.OwnerAadObjectId is not { Length: > 0 } owner)
        {
            logger.LogWarning("Occurrence {Occurrence} had {Failed} failed messages and no owner to tell", occurrence.OccurrenceId, tally.Failed);
            return;
        }
        var chat = await conversations.FindPersonalChatAsync(owner, cancellationToken);
        if (chat is null || !chat.Installed)
        {
            logger.LogWarning("Occurrence {Occurrence} had {Failed} failed messages; its owner has no personal chat with the bot to be told in",
                occurrence.OccurrenceId, tally.Failed);
            return;
        }

        var language = occurrence.OwnerLanguage;
        var lines = tally.Failures.Take(MaxListed).Select(f => DeliveryTexts.FailureLine.In(language, f.Recipient, f.Reason)).ToList();
        if (tally.Failures.Count > MaxListed) lines.Add(DeliveryTexts.FailureMore.In(language, tally.Failures.Count - MaxListed));
        var text = DeliveryTexts.FailureReport.In(language, occurrence.Title, tally.Failed, tally.Total) + "\n\n" + string.Join("\n", lines);

        var report = new OutboxOccurrence($"report:{occurrence.OccurrenceId}", DeliveryTexts.FailureReportTitle.In(language, occurrence.Title),
            occurrence.JobId, "failure-report", OwnerAadObjectId: null, language, time.GetUtcNow(), null, false);
        var target = new DeliveryTarget(false, chat.ServiceUrl, chat.ConversationId, chat.BotId, chat.TenantId, chat.UserName ?? owner);
        await outbox.EnqueueAsync(report, [new OutboxMessage(owner, target, new OutboxContent(text, null, null))], cancellationToken);
    }
}
