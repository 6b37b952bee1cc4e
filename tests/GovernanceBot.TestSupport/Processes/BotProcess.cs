using System.Diagnostics;

namespace GovernanceBot.TestSupport.Processes;

/// <summary>
/// The real GovernanceBot, started as users run it (<c>dotnet GovernanceBot.dll --urls ...</c>) on a
/// free loopback port, with an empty embedded database of its own. Ready once <c>GET /healthz</c>
/// answers; <see cref="ColdStart"/> is the time from process start to that first healthy answer.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    // Bot identity settings a developer's shell may hold; the local bot must run without them.
    private static readonly string[] InheritedSettingsToDrop =
        ["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT"];

    private readonly Process _process;
    private readonly string _dataDirectory;

    private BotProcess(Process process, ProcessLog log, Uri baseUrl, string dataDirectory)
    {
        _process = process;
        Log = log;
        BaseUrl = baseUrl;
        _dataDirectory = dataDirectory;
    }

    public Uri BaseUrl { get; }

    public Uri MessagesEndpoint => new(BaseUrl, "/api/messages");

    public TimeSpan ColdStart { get; private set; }

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
    public static async Task<BotProcess> StartAsync(
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null, string name = "bot")
    {
        var assembly = AssemblyPath;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} is missing: build the solution first (`bash scripts/test.sh` does).");
        }

        var port = FreePort.Next();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var dataDirectory = Directory.CreateTempSubdirectory("governancebot-e2e-").FullName;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            ArgumentList = { assembly, "--urls", baseUrl.ToString().TrimEnd('/') },
        };
        foreach (var key in InheritedSettingsToDrop) startInfo.Environment.Remove(key);
        startInfo.Environment["Storage__Sqlite__Path"] = Path.Combine(dataDirectory, "governancebot.db");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) startInfo.Environment.Remove(key);
            else startInfo.Environment[key] = value;
        }

        var log = new ProcessLog($"{name}-{port}");
        var stopwatch = Stopwatch.StartNew();
        var bot = new BotProcess(ChildProcess.Start(startInfo, log), log, baseUrl, dataDirectory);
        try
        {
            await bot.WaitUntilHealthyAsync(timeout ?? TimeSpan.FromSeconds(60));
            bot.ColdStart = stopwatch.Elapsed;
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The bot exited with code {_process.ExitCode} before answering /healthz. Log ({Log.FilePath}):\n{Log.Tail()}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "/healthz"));
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
        throw new TimeoutException($"The bot did not answer /healthz within {timeout.TotalSeconds:0} s. Log ({Log.FilePath}):\n{Log.Tail()}");
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
