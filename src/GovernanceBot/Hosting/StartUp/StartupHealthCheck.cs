using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovernanceBot.Hosting.StartUp;

/// <summary>/readyz: not ready while the start-up tasks run; degraded (still serving) if one of them failed.</summary>
internal sealed class StartupHealthCheck(StartupReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!readiness.IsComplete ? HealthCheckResult.Unhealthy("start-up tasks running")
            : readiness.Failures.Count > 0 ? HealthCheckResult.Degraded("start-up tasks failed: " + string.Join(", ", readiness.Failures))
            : HealthCheckResult.Healthy("start-up tasks done"));
}
