namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Told after a message is delivered and recorded, e.g. to post the replies of a thread once its first post
/// exists. Register with <c>services.AddSingleton&lt;IOutboxSendListener, MyListener&gt;()</c>. A listener must be
/// idempotent (enqueue under deterministic occurrence ids): it may be told again after a restart, and if the
/// process dies between the record and the call it is not told at all, so anything it must never miss should
/// also be reconciled from <see cref="SentPosts"/>. Its failures are logged and never undo the send.
/// </summary>
public interface IOutboxSendListener
{
    Task OnSentAsync(SentPost post, CancellationToken cancellationToken);
}
