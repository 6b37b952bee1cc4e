using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GovernanceBot.TestSupport;

/// <summary>
/// A real Azurite Table service (npm <c>azurite</c> from tests/tools) on a free loopback port. In memory by
/// default; with <c>persistent: true</c> it keeps its data in a temporary folder, so it can be stopped (an
/// outage) and started again on the same port with its data.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's documented development account key (public, the same on every machine).</summary>
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _location;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteProcess(int port, string? location)
    {
        Port = port;
        _location = location;
    }

    public int Port { get; }

    public string TableEndpoint => $"http://127.0.0.1:{Port}/{AccountName}";

    /// <summary>Path-style connection string, as the Azure provider reads it.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<AzuriteProcess> StartAsync(bool persistent = false)
    {
        var location = persistent ? Directory.CreateTempSubdirectory("azurite-").FullName : null;
        var azurite = new AzuriteProcess(Processes.FreePort.Next(), location);
        await azurite.StartProcessAsync();
        return azurite;
    }

    /// <summary>Stops the service the way an operator would (SIGINT); a persistent instance saves its data first.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process) return;
        using (var signal = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the service again on the same port (and, when persistent, with the same data).</summary>
    public Task RestartAsync() => IsRunning ? Task.CompletedTask : StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
        if (_location is not null && Directory.Exists(_location)) Directory.Delete(_location, recursive: true);
    }

    private async Task StartProcessAsync()
    {
        var executable = Path.Combine(RepositoryPaths.NodeModules, ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({executable} is missing). Install the npm test tools first with the README's test command: " +
                "cd tests/tools && npm ci --no-audit --no-fund");
        }
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Tools,
        };
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(CultureInfo.InvariantCulture), "--disableTelemetry", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }
        if (_location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_location);
        }

        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!await AcceptsConnectionsAsync())
        {
            if (_process.HasExited) throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}: {Output()}");
            if (deadline.Elapsed > StartTimeout)
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Azurite did not accept connections on port {Port} within {StartTimeout.TotalSeconds} s: {Output()}");
            }
            await Task.Delay(50);
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private string Output()
    {
        lock (_output) return _output.ToString();
    }
}
