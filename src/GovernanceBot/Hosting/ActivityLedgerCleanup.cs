namespace GovernanceBot.Hosting;

/// <summary>Keeps the processed-activities table small: purges days past retention at start-up and every six hours.</summary>
public sealed class ActivityLedgerCleanup(StoredActivityLedger ledger, TimeProvider time, ILogger<ActivityLedgerCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);
    private const int DaysBack = 14;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var deleted = await ledger.PurgeAsync(DaysBack, stoppingToken);
                if (deleted > 0) logger.LogInformation("Purged {Count} processed-activity records past retention", deleted);
            }
            catch (Exception exception) when (exception is Storage.StorageException)
            {
                logger.LogWarning(exception, "Could not purge processed-activity records; will try again later");
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
