using GovernanceBot.BotFramework.Authentication;
using GovernanceBot.Catalogue;
using GovernanceBot.Storage.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Hosting;

/// <summary>
/// What someone starting the bot needs to read in its first lines: where it listens, where its data goes
/// (the SQLite file's full path), which settings files it read and, in a local run, how to chat with it.
/// Replaces ASP.NET Core's own start-up lines, whose "Hosting environment: Production" misleads on a laptop.
/// </summary>
public static class StartupSummary
{
    public const string Category = "GovernanceBot.Startup";

    public static void LogStartupSummary(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => Write(app));

    private static void Write(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        var environment = app.Environment;
        var local = string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<BotIdentityOptions>>().Value.MicrosoftAppId);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var endpoint = addresses.FirstOrDefault() ?? LocalDefaults.DefaultUrl;

        logger.LogInformation("GovernanceBot listening on {Addresses}: messages at {Endpoint}/api/messages, health at /healthz and /readyz",
            string.Join(", ", addresses), endpoint.TrimEnd('/'));
        logger.LogInformation("Storage: {Storage}", Describe(app.Services.GetRequiredService<IOptions<StorageOptions>>().Value, environment.ContentRootPath));
        logger.LogInformation("Settings: {Files}, then environment variables (environment {Environment})",
            string.Join(", ", SettingsFiles(environment)), environment.EnvironmentName);
        if (local)
        {
            logger.LogInformation("Local run. To chat with the bot, run `bash scripts/playground.sh` in a second terminal and open http://127.0.0.1:56150 (Personal Chat, type \"aide\" or \"help\"). Stop with Ctrl+C.");
        }
        else
        {
            logger.LogInformation("Environment: {Environment}", environment.EnvironmentName);
        }
    }

    /// <summary>The appsettings files this environment reads, in order, each with its full path or "(not present)".</summary>
    public static IEnumerable<string> SettingsFiles(IWebHostEnvironment environment)
    {
        foreach (var name in new[] { "appsettings.json", $"appsettings.{environment.EnvironmentName}.json" })
        {
            var path = Path.Combine(environment.ContentRootPath, name);
            yield return File.Exists(path) ? path : $"{name} (not present)";
        }
    }

    /// <summary>"SQLite file /full/path/governancebot.db" or the Azure account, never a key.</summary>
    public static string Describe(StorageOptions options, string contentRoot)
    {
        var prefix = string.IsNullOrWhiteSpace(options.TablePrefix) ? "" : $", table prefix '{options.TablePrefix}'";
        if (options.Provider == StorageProvider.Sqlite)
            return $"SQLite file {Path.GetFullPath(Path.Combine(contentRoot, options.Sqlite.Path))}{prefix}";
        if (options.AccountUrl is not null)
            return $"Azure Table Storage at {options.AccountUrl} (Entra ID){prefix}";
        var parts = (options.ConnectionString ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.OrdinalIgnoreCase);
        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
            return $"Azure Table Storage emulator (Azurite, UseDevelopmentStorage=true){prefix}";
        var where = parts.GetValueOrDefault("TableEndpoint") ?? $"account {parts.GetValueOrDefault("AccountName", "?")}";
        return $"Azure Table Storage at {where} (account key){prefix}";
    }
}
