using Azure.Monitor.OpenTelemetry.AspNetCore;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Proactive;
using GovernanceBot.Catalogue.Writing;
using GovernanceBot.Storage;
using Microsoft.Extensions.AI;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GovernanceBot.Telemetry;

/// <summary>
/// Traces and metrics: the bot's own sources (turns, storage, connector, LLM, outbox) plus ASP.NET Core and
/// HttpClient. Exported to Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, to
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to the console with <c>Telemetry:Exporter=Console</c>;
/// nothing is collected otherwise (the zero-configuration run).
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public static readonly string[] Sources = [TurnTelemetry.Name, StorageTelemetry.Name, ConnectorTelemetry.Name, LlmTelemetry.Name, OutboxTelemetry.Name];

    /// <summary>Call after every other registration: it wraps the storage, connector, messenger and LLM services.</summary>
    public static WebApplicationBuilder AddBotTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Decorate<ITableStorage>((inner, _) => new InstrumentedTableStorage(inner));
        services.Decorate<IConnectorClientFactory>((inner, _) => new InstrumentedConnectorClientFactory(inner));
        services.Decorate<IProactiveMessenger>((inner, _) => new InstrumentedProactiveMessenger(inner));
        services.Decorate<IAnswerWriter>((inner, _) => new InstrumentedAnswerWriter(inner));
        if (builder.Configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() is { IsConfigured: true } llm) DecorateChatClient(services, llm.Model);

        var exporter = TelemetryExporters.Choose(builder.Configuration);
        if (exporter != TelemetryExporter.None) AddExporter(services, exporter);
        return builder;
    }

    // Apart, so a run without an LLM never loads the AI client libraries.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void DecorateChatClient(IServiceCollection services, string model) =>
        services.Decorate<IChatClient>((inner, _) => new InstrumentedChatClient(inner, model));

    // Apart, so a run without an exporter never loads the OpenTelemetry SDK and its exporters' assemblies.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void AddExporter(IServiceCollection services, TelemetryExporter exporter)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("GovernanceBot", serviceVersion: BotVersion.Current))
            .WithTracing(tracing => tracing.AddBotSources())
            .WithMetrics(metrics => metrics.AddBotMeters());
        switch (exporter)
        {
            case TelemetryExporter.AzureMonitor:
                // Adds ASP.NET Core, HttpClient and Azure SDK instrumentation and the exporters; the scrubber above runs first.
                telemetry.UseAzureMonitor();
                break;
            case TelemetryExporter.Otlp:
                telemetry.WithTracing(t => t.AddSource(PlatformSources)).WithMetrics(m => m.AddMeter(PlatformMeters)).UseOtlpExporter();
                break;
            case TelemetryExporter.Console:
                telemetry.WithTracing(t => t.AddSource(PlatformSources).AddConsoleExporter()).WithMetrics(m => m.AddMeter(PlatformMeters).AddConsoleExporter());
                break;
        }
    }

    /// <summary>The bot's activity sources and the privacy scrubber, ahead of any exporter.</summary>
    public static TracerProviderBuilder AddBotSources(this TracerProviderBuilder tracing) =>
        tracing.AddSource(Sources).AddProcessor(new PrivacyScrubber());

    public static MeterProviderBuilder AddBotMeters(this MeterProviderBuilder metrics) => metrics.AddMeter(Sources);

    // .NET 10 emits these natively; the Azure Monitor distro subscribes on its own.
    private static readonly string[] PlatformSources = ["Microsoft.AspNetCore", "System.Net.Http"];
    private static readonly string[] PlatformMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"];
}

public enum TelemetryExporter { None, Console, Otlp, AzureMonitor }

/// <summary>Reads <c>Telemetry:Exporter</c>, else infers the exporter from the standard environment variables.</summary>
public static class TelemetryExporters
{
    public const string ExporterKey = "Telemetry:Exporter";

    public static TelemetryExporter Choose(IConfiguration configuration)
    {
        var named = configuration[ExporterKey];
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Enum.TryParse<TelemetryExporter>(named, ignoreCase: true, out var chosen)
                ? chosen
                : throw new InvalidOperationException($"{ExporterKey} must be None, Console, Otlp or AzureMonitor (got '{named}').");
        }
        if (!string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"])) return TelemetryExporter.AzureMonitor;
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return TelemetryExporter.Otlp;
        return TelemetryExporter.None;
    }
}
