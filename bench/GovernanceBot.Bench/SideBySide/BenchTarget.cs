using System.Diagnostics;
using GovernanceBot.TestSupport;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.Bench.SideBySide;

/// <summary>
/// One server under load in the side-by-side run, started as its own process on a loopback port: our bot
/// (the built GovernanceBot, zero configuration), a peer echo bot on Node, or the ASP.NET Core ceiling.
/// </summary>
public sealed class BenchTarget : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly BotProcess? _bot;

    private BenchTarget(string name, Uri baseUrl, Process? process, BotProcess? bot, TimeSpan startUp)
    {
        Name = name;
        BaseUrl = baseUrl;
        _process = process;
        _bot = bot;
        StartUp = startUp;
    }

    public string Name { get; }
    public Uri BaseUrl { get; }
    public Uri Messages => new(BaseUrl, "/api/messages");

    /// <summary>Process start until <c>/healthz</c> answered.</summary>
    public TimeSpan StartUp { get; }

    public int ProcessId => _bot?.ProcessId ?? _process!.Id;

    /// <summary>Our bot only: waits for /readyz (its start-up tasks have run); the time from process start.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync()
    {
        await _bot!.WaitUntilReadyAsync();
        return _bot.ReadyAfter;
    }

    /// <summary>Resident memory of the process now, from /proc (Linux), in MB.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{ProcessId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    /// <summary>GovernanceBot with its default settings (embedded SQLite, demo data), from the given build or the one next to the bench.</summary>
    public static async Task<BenchTarget> OursAsync(string? assemblyPath = null)
    {
        var bot = await BotProcess.StartAsync(name: "bench-ours", assemblyPath: assemblyPath, waitUntilReady: false);
        return new BenchTarget("GovernanceBot", bot.BaseUrl, null, bot, bot.ColdStart);
    }

    public static Task<BenchTarget> NodePeerAsync(string name, string script) =>
        StartAsync(name, "node", [Path.Combine(LoadGenerator.PeersDirectory, script)], LoadGenerator.PeersDirectory);

    public static Task<BenchTarget> CeilingAsync() =>
        StartAsync("ASP.NET Core ceiling", "dotnet", [typeof(CeilingServer).Assembly.Location, "ceiling-server"], AppContext.BaseDirectory);

    private static async Task<BenchTarget> StartAsync(string name, string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var port = FreePort.Next();
        var startInfo = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        startInfo.ArgumentList.Add(port.ToString());
        var clock = Stopwatch.StartNew();
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {name}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var target = new BenchTarget(name, new Uri($"http://127.0.0.1:{port}"), process, null, TimeSpan.Zero);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode} before it answered.");
            try
            {
                using var health = await http.GetAsync(new Uri(target.BaseUrl, "/healthz"));
                if (health.IsSuccessStatusCode) return new BenchTarget(name, target.BaseUrl, process, null, clock.Elapsed);
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await target.DisposeAsync();
        throw new TimeoutException($"{name} did not answer /healthz within a minute.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null) await _bot.DisposeAsync();
        if (_process is not null)
        {
            try
            {
                if (!_process.HasExited) _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
            }
            _process.Dispose();
        }
    }
}
