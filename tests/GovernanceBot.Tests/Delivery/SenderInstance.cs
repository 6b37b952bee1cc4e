using GovernanceBot.BotFramework.Connector;
using GovernanceBot.Conversations;
using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Delivery;

/// <summary>
/// One bot instance's delivery services (outbox, sender, throttle) on a shared store, as a second
/// server would run them: tests start two on the same store to check they never both send.
/// </summary>
public sealed class SenderInstance : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private bool _started;

    public SenderInstance(IDictionary<string, string?> storageSettings, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>(storageSettings)
        {
            ["BotConnector:BaseDelay"] = "00:00:00.010",
            ["BotConnector:MaxDelay"] = "00:00:00.500",
            ["BotConnector:AttemptTimeout"] = "00:00:02",
            ["Delivery:PollInterval"] = "00:00:00.200",
            ["Delivery:RetryBaseDelay"] = "00:00:00.200",
            ["Delivery:RetryMaxDelay"] = "00:00:02",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs))
            .AddSingleton<IConfiguration>(configuration);
        collection.TryAddSingleton(TimeProvider.System);
        collection.AddBotConnector(configuration);
        collection.AddTableStorage(configuration);
        collection.AddSingleton<ConversationReferenceStore>();
        collection.AddOutbox(configuration);
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider();
    }

    public IServiceProvider Services => _provider;

    /// <summary>What this instance logged (warnings and errors).</summary>
    public Infrastructure.RecordedLogs Logs { get; } = new();
    public IOutbox Outbox => _provider.GetRequiredService<IOutbox>();
    public OutboxStore Store => _provider.GetRequiredService<OutboxStore>();
    public OutboxSender Sender => _provider.GetRequiredService<OutboxSender>();

    public const string WarmUpConversation = "a:warm-up";

    /// <summary>
    /// Opens this instance's HTTP connection to the connector with one message to <see cref="WarmUpConversation"/>,
    /// so timing tests measure the limiter rather than the first connection's set-up.
    /// </summary>
    public Task WarmUpAsync(string serviceUrl) => _provider.GetRequiredService<GovernanceBot.BotFramework.Proactive.IProactiveMessenger>()
        .SendAsync(new(serviceUrl, WarmUpConversation, "28:governancebot", null), GovernanceBot.BotFramework.Proactive.OutgoingMessage.FromText("warm-up"), default);

    public async Task StartAsync()
    {
        await Sender.StartAsync(CancellationToken.None);
        _started = true;
    }

    public async Task StopAsync()
    {
        if (!_started) return;
        _started = false;
        await Sender.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _provider.DisposeAsync();
    }

    public static Dictionary<string, string?> Sqlite(string directory) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = Path.Combine(directory, "bot.db"),
    };

    public static Dictionary<string, string?> AzureTables(string connectionString, string prefix) => new()
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:ConnectionString"] = connectionString,
        ["Storage:TablePrefix"] = prefix,
        ["Storage:Retry:Delay"] = "00:00:00.050",
    };
}
