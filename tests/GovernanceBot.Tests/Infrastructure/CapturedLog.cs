using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Infrastructure;

/// <summary>
/// Every log entry the bot writes, as a console line would show it: category, level, message and the
/// scopes it was written in. Lets tests count lines per request and look for forged ones.
/// </summary>
public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedEntry> _entries = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyList<CapturedEntry> Entries => [.. _entries];

    public IReadOnlyList<CapturedEntry> From(string category) => [.. _entries.Where(e => e.Category == category)];

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => log._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            log._scopes?.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
            log._entries.Enqueue(new CapturedEntry(category, logLevel, formatter(state, exception), string.Join(" => ", scopes), exception));
        }
    }
}

/// <summary>One log entry; <see cref="Line"/> is the text a single-line console formatter prints (before its own escaping).</summary>
public sealed record CapturedEntry(string Category, LogLevel Level, string Message, string Scopes, Exception? Exception)
{
    public string Line => $"{Level}: {Category} {Scopes} {Message}";
}
