using GovernanceBot.Domain.Delivery;
using GovernanceBot.Storage;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Table <c>DeliveryThrottle</c>, the state every sender instance shares to respect Teams' limits:
/// <list type="bullet">
/// <item>PartitionKey "gate", RowKey "tenant": <c>Until</c>, the tenant-wide "throttled until" — after a
/// 429, no instance sends before it.</item>
/// <item>PartitionKey "budget", RowKey "s00"…"s59" (the second modulo 60): <c>Second</c> and <c>Used</c>,
/// the global per-second budget, reserved a few messages at a time under ETags. Sixty rows are reused
/// forever, so nothing needs purging.</item>
/// </list>
/// </summary>
public sealed class DeliveryThrottleStore(ITableStorage storage)
{
    public const string TableName = "DeliveryThrottle";
    private const string GatePartition = "gate";
    private const string GateRow = "tenant";
    private const string BudgetPartition = "budget";

    private ITable Table => storage.GetTable(TableName);

    public async Task<DateTimeOffset?> ThrottledUntilAsync(CancellationToken cancellationToken) =>
        (await Table.GetAsync(GatePartition, GateRow, cancellationToken))?.GetDateTimeOffset("Until");

    /// <summary>Moves the gate to <paramref name="until"/> unless another instance already set it later.</summary>
    public async Task RaiseGateAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = await Table.GetAsync(GatePartition, GateRow, cancellationToken);
            if (current?.GetDateTimeOffset("Until") >= until) return;
            var entity = new TableEntity(GatePartition, GateRow) { ["Until"] = until };
            try
            {
                if (current is null) await Table.AddAsync(entity, cancellationToken);
                else await Table.UpdateAsync(entity, current.ETag!, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (StorageException e) when (e is ConcurrencyConflictException or EntityAlreadyExistsException)
            {
                // Another instance moved the gate meanwhile: read it again and keep the later time.
            }
        }
    }

    /// <summary>Reserves up to <paramref name="wanted"/> of second <paramref name="second"/>'s <paramref name="cap"/>; 0 when it is used up.</summary>
    public async Task<int> ReserveAsync(long second, int cap, int wanted, CancellationToken cancellationToken)
    {
        var row = $"s{second % 60:00}";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = await Table.GetAsync(BudgetPartition, row, cancellationToken);
            var slot = current is null ? new RateBudgetSlot(second, 0) : new RateBudgetSlot(current.GetInt64("Second") ?? 0, current.GetInt32("Used") ?? 0);
            if (slot.Second > second) return 0;
            var (next, granted) = slot.Reserve(second, cap, wanted);
            if (granted == 0) return 0;
            var entity = new TableEntity(BudgetPartition, row) { ["Second"] = next.Second, ["Used"] = next.Used };
            try
            {
                if (current is null) await Table.AddAsync(entity, cancellationToken);
                else await Table.UpdateAsync(entity, current.ETag!, TableUpdateMode.Replace, cancellationToken);
                return granted;
            }
            catch (StorageException e) when (e is ConcurrencyConflictException or EntityAlreadyExistsException)
            {
                // Another instance reserved first; try again on the new count.
            }
        }
    }
}
