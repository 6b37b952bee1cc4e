using GovernanceBot.Domain.Delivery;
using GovernanceBot.Storage;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Table <c>DeliveryThrottle</c>, the state every sender instance shares to respect Teams' limits:
/// <list type="bullet">
/// <item>PartitionKey "gate", RowKey "tenant": <c>Until</c>, the tenant-wide "throttled until" — after a
/// 429, no instance sends before it.</item>
/// <item>PartitionKey "budget", RowKey "slots": <c>NextFree</c>, the next free send time of the shared
/// timetable that holds the global cap (<see cref="SendSlots"/>), reserved a few slots at a time under ETags.</item>
/// </list>
/// </summary>
public sealed class DeliveryThrottleStore(ITableStorage storage)
{
    public const string TableName = "DeliveryThrottle";
    private const string GatePartition = "gate";
    private const string GateRow = "tenant";
    private const string BudgetPartition = "budget";
    private const string SlotsRow = "slots";

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

    /// <summary>
    /// Reserves <paramref name="count"/> send slots of the shared timetable. Returns the reservation, or null
    /// and the next free slot when it lies more than <paramref name="horizon"/> ahead.
    /// </summary>
    public async Task<(SlotReservation? Reservation, DateTimeOffset NextFree)> ReserveSlotsAsync(
        DateTimeOffset now, int perSecond, int count, TimeSpan horizon, TimeSpan lead, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = await Table.GetAsync(BudgetPartition, SlotsRow, cancellationToken);
            var nextFree = current?.GetDateTimeOffset("NextFree");
            if (SendSlots.Reserve(nextFree, now, perSecond, count, horizon, lead) is not { } reservation) return (null, nextFree!.Value);
            var entity = new TableEntity(BudgetPartition, SlotsRow) { ["NextFree"] = reservation.NextFree };
            try
            {
                if (current is null) await Table.AddAsync(entity, cancellationToken);
                else await Table.UpdateAsync(entity, current.ETag!, TableUpdateMode.Replace, cancellationToken);
                return (reservation, reservation.NextFree);
            }
            catch (StorageException e) when (e is ConcurrencyConflictException or EntityAlreadyExistsException)
            {
                // Another instance reserved first; try again after its slots.
            }
        }
    }
}
