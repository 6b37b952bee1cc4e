using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GovernanceBot.Tests.Infrastructure;

/// <summary>
/// Where an in-memory bot's logs go instead of the console: kept for assertions, and copied to the running
/// test's own output when one is attached, so a green run's console shows only test results.
/// </summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    /// <summary>The current test's output; lines logged while it is set are written there too.</summary>
    public ITestOutputHelper? Output { get; set; }

    public IReadOnlyList<LogLine> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private void Add(LogLine line)
    {
        _lines.Enqueue(line);
        try
        {
            Output?.WriteLine($"{line.Level}: {line.Category} {line.Message}");
        }
        catch (InvalidOperationException)
        {
            // The test that attached the output has finished; the line stays recorded.
        }
    }

    private sealed class Logger(RecordedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(new LogLine(category, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)));
    }
}

public sealed record LogLine(string Category, LogLevel Level, string Message);
