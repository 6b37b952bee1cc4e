using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using GovernanceBot.TestSupport;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Infra;

/// <summary>
/// Every configuration key the bot reads (recorded while it starts, binds all its options and answers turns) is
/// documented in README.md's configuration table, and the templates set no bot key that README does not know
/// (<see cref="InfraTemplateTests"/>). Framework keys (logging, Kestrel, hosting) are ASP.NET Core's, not the bot's.
/// </summary>
public sealed partial class ConfigurationKeysTests
{
    private static readonly string[] FrameworkSections =
    [
        "Logging", "Kestrel", "AllowedHosts", "HostFiltering", "urls", "http_ports", "https_ports", "environment", "contentRoot", "applicationName",
        "webroot", "detailedErrors", "hostingStartupAssemblies", "hostingStartupExcludeAssemblies", "preventHostingStartup", "shutdownTimeoutSeconds",
        "suppressStatusMessages", "captureStartupErrors", "startupAssembly", "https_port", "AzureAppConfiguration", "DOTNET_", "ASPNETCORE_", "OTEL_SDK_DISABLED",
        "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES", "OTEL_TRACES_SAMPLER", "OTEL_", "Microsoft", "EventSource", "Console", "Debug", "MicrosoftAppPassword__",
        "APPLICATIONINSIGHTS_STATSBEAT", "ApplicationInsights", "FORWARDEDHEADERS_ENABLED",
        "PreferHostingUrls", "ServicesStartConcurrently", "ServicesStopConcurrently", "StartupTimeoutSeconds",
        // Computed, read-only properties of the bot identity options: the binder asks, nothing can set them.
        "AppType", "HasAppId", "IsTenantBound",
    ];

    [Fact]
    public async Task Every_key_the_bot_reads_is_documented()
    {
        var recording = new RecordingSource();
        IServiceCollection? registered = null;
        using var host = new BotTestHost(MaturityHostFixture.RoleSettings) { ServiceOverrides = services => registered = services };
        using var factory = host.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.Add(recording)));
        var conversation = new TestConversation(factory.CreateClient(), MaturityHostFixture.Admin, "fr-FR");
        foreach (var text in new[] { "aide", "état", "qui détient les données de transactions ?", "planifications" }) await conversation.SendAsync(text);
        foreach (var options in registered!.Select(d => d.ServiceType).Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>)).Distinct())
        {
            var optionsType = typeof(IOptions<>).MakeGenericType(options.GetGenericArguments()[0]);
            _ = optionsType.GetProperty("Value")!.GetValue(factory.Services.GetRequiredService(optionsType));
        }

        var documented = DocumentedKeys();
        var read = recording.Keys.Select(ConfigurationTable.Normalize).Where(k => !IsFramework(k)).ToHashSet();

        Assert.Contains("STORAGE__PROVIDER", read);
        Assert.Contains("TELEMETRY__EXPORTER", read);
        // A section the binder asked for (Catalogue:Llm) is documented through its keys.
        var undocumented = read.Where(k => !documented.Contains(k)
            && !documented.Any(d => k.StartsWith(d + "__", StringComparison.Ordinal) || d.StartsWith(k + "__", StringComparison.Ordinal))).Order().ToList();
        Assert.True(undocumented.Count == 0, "Read by the bot but not in README.md's configuration table: " + string.Join(", ", undocumented));
    }

    private static bool IsFramework(string key) =>
        FrameworkSections.Any(s => key.StartsWith(ConfigurationTable.Normalize(s), StringComparison.Ordinal) && (s.EndsWith('_') || key.Length == s.Length || key[s.Length..].StartsWith("__", StringComparison.Ordinal)));

    /// <summary>Keys of README's table, with abbreviated siblings in the same cell (`Storage__Retry__MaxRetries`, `…__Delay`) expanded.</summary>
    private static HashSet<string> DocumentedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cell = line.Split('|')[1];
            var tokens = Backticked().Matches(cell).Select(m => m.Groups[1].Value).ToList();
            var first = tokens[0];
            var parent = first.Contains("__", StringComparison.Ordinal) ? first[..first.LastIndexOf("__", StringComparison.Ordinal)] : "";
            foreach (var token in tokens)
                keys.Add(ConfigurationTable.Normalize(token.StartsWith("…__", StringComparison.Ordinal) ? parent + token[1..] : token));
        }
        return keys;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    /// <summary>A configuration source holding nothing that remembers every key asked of it.</summary>
    private sealed class RecordingSource : IConfigurationSource
    {
        public ConcurrentDictionary<string, bool> Asked { get; } = new(StringComparer.OrdinalIgnoreCase);
        public IEnumerable<string> Keys => Asked.Keys;
        public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this);

        private sealed class Provider(RecordingSource source) : ConfigurationProvider
        {
            public override bool TryGet(string key, out string? value)
            {
                source.Asked[key] = true;
                value = null;
                return false;
            }
        }
    }
}
