using System.Diagnostics;
using System.Text;

namespace GovernanceBot.TestSupport.Processes;

/// <summary>
/// Collects a child process's stdout and stderr, line by line, into a log file under the test
/// artifacts (kept after the run for diagnosis) and in memory (for assertions and error messages).
/// </summary>
public sealed class ProcessLog : IDisposable
{
    private readonly StreamWriter _file;
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private bool _disposed;

    public ProcessLog(string name)
    {
        var directory = Path.Combine(RepositoryPaths.Artifacts, "logs");
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}.log");
        _file = new StreamWriter(FilePath, append: false, Encoding.UTF8) { AutoFlush = true };
    }

    public string FilePath { get; }

    /// <summary>Raised for every line, after it is recorded (used to spot "ready" lines).</summary>
    public event Action<string>? LineWritten;

    public string Text
    {
        get { lock (_gate) return _text.ToString(); }
    }

    /// <summary>Starts copying the process's output streams (the process must redirect both).</summary>
    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Write(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Write("[stderr] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public void Write(string line)
    {
        lock (_gate)
        {
            _text.AppendLine(line);
            if (!_disposed) _file.WriteLine(line);
        }
        LineWritten?.Invoke(line);
    }

    /// <summary>The last lines, for exception messages that must stay readable.</summary>
    public string Tail(int lines = 40)
    {
        var all = Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', all.TakeLast(lines));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _file.Dispose();
        }
    }
}
