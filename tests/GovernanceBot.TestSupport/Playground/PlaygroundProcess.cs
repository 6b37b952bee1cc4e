using System.Diagnostics;
using System.Text.RegularExpressions;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.TestSupport.Playground;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm, run from tests/tools/node_modules) pointed at a
/// bot, fully offline, in a temporary working directory holding its tenant configuration. Ready when
/// <c>/_debug/ping</c> answers <c>pong</c>.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _workingDirectory;

    private PlaygroundProcess(Process process, ProcessLog log, string workingDirectory, PlaygroundConfiguration configuration)
    {
        _process = process;
        Log = log;
        _workingDirectory = workingDirectory;
        Configuration = configuration;
    }

    public PlaygroundConfiguration Configuration { get; }

    /// <summary>The web UI (and the connector the bot replies to, under <c>/_connector</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public TimeSpan Startup { get; private set; }

    public ProcessLog Log { get; }

    /// <summary>The Playground's own log: the only place that says why it refused to start.</summary>
    public string OwnLogPath => Path.Combine(_workingDirectory, "devTools", "m365agentsplayground.log");

    public static async Task<PlaygroundProcess> StartAsync(
        Uri botMessagesEndpoint, PlaygroundConfiguration? configuration = null, TimeSpan? timeout = null)
    {
        ToolPrerequisites.RequireNodeTools();
        configuration ??= new PlaygroundConfiguration();
        var workingDirectory = Directory.CreateTempSubdirectory("governancebot-playground-").FullName;
        await File.WriteAllTextAsync(Path.Combine(workingDirectory, ".m365agentsplayground.yml"), configuration.ToYaml());

        var requestedPort = FreePort.Next();
        var startInfo = new ProcessStartInfo(Path.Combine(RepositoryPaths.NodeModules, ".bin", "agentsplayground"))
        {
            WorkingDirectory = workingDirectory,
            ArgumentList =
            {
                "-e", botMessagesEndpoint.ToString(),
                "-c", "msteams",
                "--disable-telemetry",
                "-p", requestedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        // Both switches are needed for the Playground to stay offline (no telemetry, no browser launch).
        startInfo.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        startInfo.Environment.Remove("M365_AGENTS_PLAYGROUND_CONFIG_PATH");

        var log = new ProcessLog($"playground-{requestedPort}");
        // It falls back to a random port when the requested one is taken, and says which one it got.
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        log.LineWritten += line =>
        {
            var match = ListeningLine().Match(line);
            if (match.Success) listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        };

        var stopwatch = Stopwatch.StartNew();
        var playground = new PlaygroundProcess(ChildProcess.Start(startInfo, log), log, workingDirectory, configuration);
        try
        {
            await playground.WaitUntilReadyAsync(listening.Task, timeout ?? TimeSpan.FromSeconds(60));
            playground.Startup = stopwatch.Elapsed;
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(Task<int> listening, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw Failure($"The Playground exited with code {_process.ExitCode} before it was ready.");
            if (listening.IsCompleted)
            {
                BaseUrl = new Uri($"http://127.0.0.1:{listening.Result}");
                try
                {
                    if (await http.GetStringAsync(new Uri(BaseUrl, "/_debug/ping")) == "pong") return;
                }
                catch (HttpRequestException)
                {
                    // Announced its port but not serving yet.
                }
                catch (TaskCanceledException)
                {
                    // Busy starting; ask again.
                }
            }
            await Task.Delay(50);
        }
        throw Failure($"The Playground did not answer /_debug/ping within {timeout.TotalSeconds:0} s.");
    }

    private InvalidOperationException Failure(string reason)
    {
        var ownLog = File.Exists(OwnLogPath) ? File.ReadAllText(OwnLogPath) : "(no devTools/m365agentsplayground.log written)";
        return new InvalidOperationException(
            $"{reason}\n--- devTools/m365agentsplayground.log ---\n{ownLog}\n--- output ({Log.FilePath}) ---\n{Log.Tail()}");
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.StopAsync(_process);
        if (File.Exists(OwnLogPath))
        {
            File.Copy(OwnLogPath, Path.ChangeExtension(Log.FilePath, ".playground.log"), overwrite: true);
        }
        Log.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Log file still held by a dying process; the OS cleans temp folders.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
