using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GovernanceBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>/healthz answers while the process runs; /readyz also checks storage.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
