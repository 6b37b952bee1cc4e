using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using GovernanceBot.Hosting.StartUp;

namespace GovernanceBot.Tests.Infrastructure;

/// <summary>
/// The real bot (Program) in memory: real HTTP pipeline, real routing, real SQLite file in a temp folder.
/// Two hosts built on the same <see cref="DataDirectory"/> see the same data, which is how tests
/// "restart" the bot. Requests arrive from loopback, as from a local Playground.
/// </summary>
public sealed class BotTestHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDirectory;

    public BotTestHost(IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        _ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("governancebot-test-").FullName;
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(DataDirectory, "bot.db"),
            ["Demo:Enabled"] = "false",
            // Keep test output readable: warnings and errors only.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string DataDirectory { get; }

    /// <summary>Everything the bot logged (at the configured levels), for tests about logging.</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>The category of the endpoint's one line per request.</summary>
    public const string EndpointCategory = "GovernanceBot.BotFramework.Hosting.BotMessageEndpoint";

    /// <summary>Service changes applied after the bot's own registrations (e.g. wrapping its storage).</summary>
    public Action<IServiceCollection>? ServiceOverrides { get; init; }

    /// <summary>Everything the bot logged (nothing reaches the console); attach a test's output to follow along.</summary>
    public RecordedLogs Logs { get; } = new();

    /// <summary>Waits until the start-up tasks (demo data, catalogue index…) have run, as /readyz does.</summary>
    public Task StartedUpAsync() => StartedUpAsync(Services);

    private static Task StartedUpAsync(IServiceProvider services) =>
        services.GetRequiredService<StartupReadiness>().Completion.WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>A user chatting with the bot in a personal conversation.</summary>
    public TestConversation Conversation(TestUser? user = null, string locale = "fr-FR") =>
        new(CreateClient(), user ?? TestUser.Alice, locale);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_settings.TryGetValue("Environment", out var environment) && environment is not null ? environment : "Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            logging.AddProvider(Log);
        });
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackCallerStartupFilter>());
        if (ServiceOverrides is { } overrides) builder.ConfigureTestServices(overrides);
    }

    /// <summary>
    /// With demo data on, the host is handed over once the start-up tasks have seeded it, as a process would be
    /// once /readyz answers; otherwise they run in the background as in production.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (string.Equals(_settings.GetValueOrDefault("Demo:Enabled"), "true", StringComparison.OrdinalIgnoreCase))
            StartedUpAsync(host.Services).GetAwaiter().GetResult();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The in-memory server has no remote address; make callers look like the local Playground.</summary>
    private sealed class LoopbackCallerStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, Func<Task> nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= context.Request.Headers.TryGetValue("X-Test-Remote-Ip", out var ip) ? IPAddress.Parse(ip!) : IPAddress.Loopback;
                return nextMiddleware();
            });
            next(app);
        };
    }
}
