using System.Net;
using GovernanceBot.Hosting.StartUp;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Hosting;

/// <summary>
/// Start-up work (demo data, catalogue index…) runs once the bot is listening: it answers turns meanwhile,
/// /readyz answers "Starting" until the work is done, and a task that fails does not stop the others.
/// </summary>
public sealed class StartupTaskTests
{
    [Fact]
    public async Task The_bot_answers_while_its_start_up_tasks_run_and_is_ready_once_they_are_done()
    {
        var slow = new BlockingTask(order: -1);
        using var host = new BotTestHost { ServiceOverrides = services => services.AddSingleton<IStartupTask>(slow) };
        var client = host.CreateClient();
        await slow.Started.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        using (var starting = await client.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
            Assert.Equal("Starting", await starting.Content.ReadAsStringAsync());
        }
        // Warming up is not failing: nothing logged as an error or a warning for it.
        Assert.DoesNotContain(host.Logs.Lines, line => line.Level >= Microsoft.Extensions.Logging.LogLevel.Warning && line.Category.Contains("HealthCheck", StringComparison.Ordinal));
        Assert.Contains("Voici ce que je sais faire", Assert.Single(await host.Conversation().SendAsync("aide")).Card().AllText());

        slow.Release.SetResult();
        await host.StartedUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Tasks_run_one_after_the_other_in_order_and_a_failure_is_logged_without_stopping_the_rest()
    {
        var ran = new List<string>();
        using var host = new BotTestHost
        {
            ServiceOverrides = services =>
            {
                services.AddSingleton<IStartupTask>(new RecordingTask(order: -1, "second", ran));
                services.AddSingleton<IStartupTask>(new RecordingTask(order: -2, "first", ran, fails: true));
                services.AddSingleton<IStartupTask>(new RecordingTask(order: 1_000, "last", ran));
            },
        };
        var client = host.CreateClient();

        await host.StartedUpAsync();

        Assert.Equal(["first", "second", "last"], ran);
        Assert.Equal([nameof(RecordingTask)], host.Services.GetRequiredService<StartupReadiness>().Failures);
        Assert.Contains(host.Logs.Lines, line => line.Message.Contains("Start-up task RecordingTask failed", StringComparison.Ordinal));
        // Logged once; the bot is warm and serving.
        Assert.Single(host.Logs.Lines, line => line.Message.Contains("Start-up task", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    private sealed class BlockingTask(int order) : IStartupTask
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Order => order;
        public Task Started => _started.Task;
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            _started.SetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class RecordingTask(int order, string name, List<string> ran, bool fails = false) : IStartupTask
    {
        public int Order => order;

        public Task RunAsync(CancellationToken cancellationToken)
        {
            lock (ran) ran.Add(name);
            return fails ? throw new InvalidOperationException("seeding failed") : Task.CompletedTask;
        }
    }
}
