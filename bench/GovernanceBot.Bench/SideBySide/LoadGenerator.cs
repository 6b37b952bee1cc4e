using System.Diagnostics;
using System.Text.Json;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Bench.SideBySide;

/// <summary>
/// bench/peers/load.js (autocannon), the same generator for every target: a warm-up run, then the measured
/// run, each bounded in time. Needs <c>npm ci</c> in bench/peers (the benchmark command does it when missing).
/// </summary>
public sealed class LoadGenerator(string activityTemplatePath)
{
    public static string PeersDirectory => Path.Combine(RepositoryPaths.Root, "bench", "peers");

    public async Task<LoadResult> RunAsync(Uri endpoint, int connections, TimeSpan duration, string mode = "message")
    {
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds));
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = PeersDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "load.js", endpoint.ToString(), connections.ToString(), seconds.ToString(), activityTemplatePath, mode })
            startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(duration + TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        var text = (await output).Trim();
        if (process.ExitCode != 0 || text.Length == 0)
            throw new InvalidOperationException($"The load generator failed (exit {process.ExitCode}): {await errors}");
        return JsonSerializer.Deserialize<LoadResult>(text.Split('\n')[^1]) ?? throw new InvalidOperationException("The load generator printed no result.");
    }
}
