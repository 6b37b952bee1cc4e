using GovernanceBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovernanceBot.Hosting;

/// <summary>/readyz: the bot is ready only when its store answers.</summary>
public sealed class StorageHealthCheck(ITableStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await storage.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("storage reachable");
        }
        catch (Exception exception) when (exception is StorageException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("storage unreachable: " + exception.Message);
        }
    }
}
