using System.Diagnostics;

namespace GovernanceBot.Hosting.StartUp;

/// <summary>
/// Runs the <see cref="IStartupTask"/>s once the server is listening rather than before: health probes and the
/// first turns after a restart are answered at once instead of waiting for seeding and indexing, and those
/// turns do not share the CPU with that work while the process is still loading. A task that fails is logged
/// once, as an error, and the others still run; /readyz then answers as usual. Each feature copes with a cold
/// start on its own (the catalogue index, for one, is built by the first question that needs it).
/// </summary>
internal sealed class StartupTaskRunner(
    IEnumerable<IStartupTask> tasks,
    StartupReadiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<StartupTaskRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken)) return;
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        foreach (var task in tasks.OrderBy(t => t.Order))
        {
            try
            {
                await task.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures.Add(task.GetType().Name);
                logger.LogError(e, "Start-up task {Task} failed; the bot runs on without it", task.GetType().Name);
            }
        }
        // The last start-up work: hand the memory the tasks' temporary data used back to the system once,
        // so an idle bot holds only what it uses.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        readiness.Complete(failures);
        logger.LogInformation("Start-up tasks done in {Elapsed} ms ({Failed} failed)", (long)clock.Elapsed.TotalMilliseconds, failures.Count);
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
