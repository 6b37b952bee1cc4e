using Xunit;

namespace GovernanceBot.TestSupport.Playground;

/// <summary>
/// xunit class fixture starting one <see cref="PlaygroundSession"/> for all the tests of a class
/// (starting the bot, the Playground and Chromium takes seconds; a scenario takes a fraction of
/// that). Derive from it to give the bot configuration, e.g. a role for the Playground's user.
/// </summary>
public class PlaygroundFixture : IAsyncLifetime
{
    private PlaygroundSession? _session;

    public PlaygroundSession Session => _session ?? throw new InvalidOperationException("The Playground session is not started.");

    public PlaygroundDriver Driver => Session.Driver;

    /// <summary>The fake tenant; override to change users, chats or channels.</summary>
    protected virtual PlaygroundConfiguration Configuration { get; } = new();

    /// <summary>Bot configuration overrides as environment variables (<c>Section__Key</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string?> BotEnvironment(PlaygroundConfiguration configuration) =>
        new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _session = await PlaygroundSession.StartAsync(BotEnvironment(Configuration), Configuration);
        await File.AppendAllTextAsync(
            Path.Combine(RepositoryPaths.Artifacts, "e2e-timings.txt"),
            $"{DateTime.UtcNow:O} {GetType().Name}: {_session.Timings}{Environment.NewLine}");
    }

    public async Task DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }
}
