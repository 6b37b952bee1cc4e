using Microsoft.Extensions.Options;

namespace GovernanceBot.Delivery.Schedules;

/// <summary>Runs the scheduler on a short timer in the background; every instance may, the ETags keep each run single.</summary>
public sealed class SchedulerService(Scheduler scheduler, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<SchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scheduler.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scheduler pass failed; trying again in {Interval}", options.Value.SchedulerInterval);
            }
            try { await Task.Delay(options.Value.SchedulerInterval, time, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
