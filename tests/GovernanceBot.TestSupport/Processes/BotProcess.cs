using System.Diagnostics;

namespace GovernanceBot.TestSupport.Processes;

/// <summary>
/// The real GovernanceBot, started as users run it (<c>dotnet GovernanceBot.dll --urls ...</c>) on a
/// free loopback port, with an empty embedded database of its own. Handed over once <c>GET /readyz</c>
/// answers (its start-up tasks have run); <see cref="ColdStart"/> is the time from process start to the
/// first <c>/healthz</c> answer.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    // Bot identity settings a developer's shell may hold; the local bot must run without them.
    private static readonly string[] InheritedSettingsToDrop =
        ["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT"];

    private readonly Process _process;
    private readonly Stopwatch _sinceStart;
    private readonly string _dataDirectory;

    private BotProcess(Process process, Stopwatch sinceStart, ProcessLog log, Uri baseUrl, string dataDirectory, string? databasePath)
    {
        _sinceStart = sinceStart;
        _process = process;
        Log = log;
        BaseUrl = baseUrl;
        _dataDirectory = dataDirectory;
        DatabasePath = databasePath;
    }

    public Uri BaseUrl { get; }

    public Uri MessagesEndpoint => new(BaseUrl, "/api/messages");

    public TimeSpan ColdStart { get; private set; }

    /// <summary>From process start to /readyz answering 200: the start-up tasks have run.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>
    /// The embedded SQLite database the bot writes (null when configured for another storage provider), for tests
    /// to read what a user's gestures stored, as another process may while the bot runs.
    /// </summary>
    public string? DatabasePath { get; }

    /// <summary>The bot's process id, to sample its memory from outside.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Everything the bot wrote to stdout/stderr; also saved under artifacts/test/logs.</summary>
    public ProcessLog Log { get; }

    /// <summary>The built bot next to the tests: src/GovernanceBot/bin/&lt;configuration&gt;/&lt;framework&gt;/GovernanceBot.dll.</summary>
    public static string AssemblyPath
    {
        get
        {
            // The tests run from tests/<project>/bin/<configuration>/<framework>/; the bot is built the same way.
            var framework = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = framework.Parent!;
            return Path.Combine(RepositoryPaths.Root, "src", "GovernanceBot", "bin", configuration.Name, framework.Name, "GovernanceBot.dll");
        }
    }

    /// <param name="environment">Configuration overrides as environment variables (<c>Section__Key</c>); a null value removes the variable.</param>
    /// <param name="viaDotnetRun">Start it with the README's command, <c>dotnet run --project src/GovernanceBot</c> (without building), so its launch profile applies.</param>
    /// <param name="arguments">More command-line arguments for the bot, e.g. <c>--contentRoot</c>.</param>
    /// <param name="assemblyPath">Another build of the bot to run (e.g. a published one); the built one next to the tests by default.</param>
    public static async Task<BotProcess> StartAsync(
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null, string name = "bot",
        bool viaDotnetRun = false, IReadOnlyList<string>? arguments = null, string? assemblyPath = null, bool waitUntilReady = true)
    {
        var port = FreePort.Next();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var dataDirectory = Directory.CreateTempSubdirectory("governancebot-e2e-").FullName;
        var startInfo = StartInfo(baseUrl, dataDirectory, environment, viaDotnetRun, arguments, assemblyPath ?? AssemblyPath);

        var log = new ProcessLog($"{name}-{port}");
        var usesSqlite = string.Equals(startInfo.Environment.TryGetValue("Storage__Provider", out var provider) ? provider ?? "Sqlite" : "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase);
        var sinceStart = Stopwatch.StartNew();
        var bot = new BotProcess(ChildProcess.Start(startInfo, log), sinceStart, log, baseUrl, dataDirectory, usesSqlite ? startInfo.Environment["Storage__Sqlite__Path"] : null);
        try
        {
            await bot.WaitUntilAnsweredAsync("/healthz", timeout ?? TimeSpan.FromSeconds(60));
            bot.ColdStart = bot._sinceStart.Elapsed;
            // Tests talk to a warm bot: its start-up tasks (demo data, catalogue index) have run.
            if (waitUntilReady) await bot.WaitUntilReadyAsync(timeout);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the bot and waits for it to stop by itself (a start-up meant to fail): its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var port = FreePort.Next();
        var dataDirectory = Directory.CreateTempSubdirectory("governancebot-e2e-").FullName;
        using var log = new ProcessLog($"bot-exit-{port}");
        var process = ChildProcess.Start(StartInfo(new Uri($"http://127.0.0.1:{port}"), dataDirectory, environment, viaDotnetRun: false, arguments: null, AssemblyPath), log);
        try
        {
            using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(deadline.Token);
            // WaitForExitAsync also waits for the redirected output to be read to its end.
            return (process.ExitCode, log.Text);
        }
        finally
        {
            await ChildProcess.StopAsync(process);
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
        }
    }

    private static ProcessStartInfo StartInfo(
        Uri baseUrl, string dataDirectory, IReadOnlyDictionary<string, string?>? environment, bool viaDotnetRun, IReadOnlyList<string>? arguments, string assembly)
    {
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} is missing: build the solution first (`bash scripts/test.sh` does).");
        }

        var startInfo = new ProcessStartInfo("dotnet");
        if (viaDotnetRun)
        {
            // What the README says to type, from the repository root; --no-build reuses what the tests were built with.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            startInfo.WorkingDirectory = RepositoryPaths.Root;
            foreach (var argument in new[] { "run", "--no-build", "-c", configuration, "--project", Path.Combine("src", "GovernanceBot"), "--" }) startInfo.ArgumentList.Add(argument);
        }
        else
        {
            startInfo.WorkingDirectory = Path.GetDirectoryName(assembly)!;
            startInfo.ArgumentList.Add(assembly);
        }
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseUrl.ToString().TrimEnd('/'));
        foreach (var argument in arguments ?? []) startInfo.ArgumentList.Add(argument);

        foreach (var key in InheritedSettingsToDrop) startInfo.Environment.Remove(key);
        startInfo.Environment["Storage__Sqlite__Path"] = Path.Combine(dataDirectory, "governancebot.db");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) startInfo.Environment.Remove(key);
            else startInfo.Environment[key] = value;
        }
        return startInfo;
    }

    /// <summary>Waits for /readyz to answer 200 (the start-up tasks have run) and notes <see cref="ReadyAfter"/>.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        await WaitUntilAnsweredAsync("/readyz", timeout ?? TimeSpan.FromSeconds(60));
        ReadyAfter = _sinceStart.Elapsed;
    }

    private async Task WaitUntilAnsweredAsync(string path, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The bot exited with code {_process.ExitCode} before answering {path}. Log ({Log.FilePath}):\n{Log.Tail()}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, path));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting; ask again.
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"The bot did not answer {path} within {timeout.TotalSeconds:0} s. Log ({Log.FilePath}):\n{Log.Tail()}");
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.StopAsync(_process);
        Log.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temp folder is cleaned by the OS eventually.
        }
    }
}
