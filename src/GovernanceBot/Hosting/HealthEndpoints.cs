using GovernanceBot.Hosting.StartUp;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GovernanceBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// /healthz answers while the process runs; /readyz also checks storage, and answers 503 "Starting" without
    /// running the checks while the start-up tasks run: a bot warming up is not failing, so it logs nothing.
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<StartupReadiness>();
        app.Use(async (context, next) =>
        {
            if (!readiness.IsComplete && context.Request.Path.Equals("/readyz", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.CacheControl = "no-store, no-cache";
                await context.Response.WriteAsync("Starting");
                return;
            }
            await next(context);
        });
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
