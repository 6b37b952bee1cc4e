using System.Diagnostics;
using System.Net;
using GovernanceBot.BotFramework.Proactive;
using GovernanceBot.Telemetry;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GovernanceBot.Tests.Telemetry;

/// <summary>
/// The real bot with the production telemetry sources and scrubber, captured by in-memory exporters:
/// turns, storage, connector and outbox calls are measured by route and operation, and nothing a user
/// typed, no user name and no user or conversation id reaches an exported span or metric.
/// </summary>
public sealed class TelemetryPrivacyTests
{
    private const string SecretText = "Zorglubienne quantique confidentielle";
    private static readonly TestUser Secretive = new("29:zelda-ravenscroft", "00000000-0000-0000-0000-00000000face", "Zelda Ravenscroft");

    [Fact]
    public async Task Turns_storage_connector_and_outbox_are_measured_without_text_names_or_ids()
    {
        var exportedSpans = new LockedCollection<Activity>();
        var exportedMetrics = new LockedCollection<Metric>();
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = new BotTestHost
        {
            ServiceOverrides = services => services.AddOpenTelemetry()
                .WithTracing(t => t.AddBotSources().AddSource("Microsoft.AspNetCore", "System.Net.Http").AddInMemoryExporter(exportedSpans))
                .WithMetrics(m => m.AddBotMeters().AddMeter("System.Net.Http").AddInMemoryExporter(exportedMetrics)),
        };
        var conversation = new TestConversation(host.CreateClient(), Secretive, "fr-FR") { ServiceUrl = connector.ServiceUrl, ExpectReplies = false };

        foreach (var text in new[] { "aide", SecretText, "qui suis-je " + SecretText })
        {
            var activity = conversation.NewActivity("message");
            activity["text"] = text;
            using var response = await conversation.PostAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var messenger = host.Services.GetRequiredService<IProactiveMessenger>();
        await messenger.SendAsync(new ConversationAddress(connector.ServiceUrl, "a:personal-" + Secretive.Id, "28:governancebot", "tenant-1"),
            new OutgoingMessage(SecretText, null, null), CancellationToken.None);
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var spans = exportedSpans.Snapshot();
        var metrics = exportedMetrics.Snapshot();

        Assert.Contains(spans, s => s.Source.Name == TurnTelemetry.Name && (string?)s.GetTagItem("governancebot.route") == "help");
        Assert.Contains(spans, s => s.Source.Name == TurnTelemetry.Name && (string?)s.GetTagItem("governancebot.route") == "fallback");
        Assert.Contains(spans, s => s.Source.Name == StorageTelemetry.Name);
        Assert.Contains(spans, s => s.Source.Name == ConnectorTelemetry.Name && (string?)s.GetTagItem("governancebot.operation") == "reply");
        Assert.Contains(spans, s => s.Source.Name == OutboxTelemetry.Name && (string?)s.GetTagItem("governancebot.outcome") == "ok");
        var clientCalls = spans.Where(s => s.Source.Name == "System.Net.Http").ToList();
        Assert.NotEmpty(clientCalls);
        // HTTP client spans are process-wide, so tests running alongside add their own: each must be cut to its
        // scheme and host, and this test's connector calls must be among them.
        Assert.All(clientCalls, s => Assert.Equal(new Uri((string)s.GetTagItem("url.full")!).GetLeftPart(UriPartial.Authority) + "/", s.GetTagItem("url.full")));
        Assert.Contains(clientCalls, s => Equals(new Uri(connector.ServiceUrl).GetLeftPart(UriPartial.Authority) + "/", s.GetTagItem("url.full")));
        Assert.Contains(metrics, m => m.Name == "governancebot.turn.duration");
        Assert.Contains(metrics, m => m.Name == "governancebot.storage.duration");
        Assert.Contains(metrics, m => m.Name == "governancebot.outbox.messages");

        var exported = string.Join("\n", spans.Select(Describe).Concat(metrics.Select(Describe)));
        foreach (var secret in new[] { SecretText, "Zorglub", "Zelda", "Ravenscroft", "zelda-ravenscroft", Secretive.AadObjectId, "face" })
            Assert.DoesNotContain(secret, exported, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Outbound_urls_keep_only_scheme_and_host_and_library_error_texts_are_dropped()
    {
        using var source = new ActivitySource("Azure.Data.Tables.Test");
        using var listener = new ActivityListener { ShouldListenTo = _ => true, Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded };
        ActivitySource.AddActivityListener(listener);
        using var activity = source.StartActivity("TableClient.GetEntity", ActivityKind.Client)!;
        activity.SetTag("url.full", "https://acct.table.core.windows.net/Users(PartitionKey='29%3Azelda',RowKey='x')?$select=Name");
        activity.SetTag("url.path", "/Users(PartitionKey='29%3Azelda',RowKey='x')");
        activity.SetTag("url.query", "$select=Name");
        activity.SetTag("exception.message", "Entity Zelda not found");
        activity.SetStatus(ActivityStatusCode.Error, "The entity for Zelda was not found");

        new PrivacyScrubber().OnEnd(activity);

        Assert.Equal("https://acct.table.core.windows.net/", activity.GetTagItem("url.full"));
        Assert.Null(activity.GetTagItem("url.path"));
        Assert.Null(activity.GetTagItem("url.query"));
        Assert.Null(activity.GetTagItem("exception.message"));
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Null(activity.StatusDescription);
    }

    [Theory]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/")]
    [InlineData("Telemetry:Exporter", "Console")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")]
    public async Task The_bot_starts_and_answers_with_each_exporter(string key, string value)
    {
        using var host = new BotTestHost(new Dictionary<string, string?> { [key] = value });

        var replies = await host.Conversation().SendAsync("aide");

        Assert.NotEmpty(replies);
        Assert.NotNull(host.Services.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData(null, null, null, TelemetryExporter.None)]
    [InlineData(null, "InstrumentationKey=00000000-0000-0000-0000-000000000000", null, TelemetryExporter.AzureMonitor)]
    [InlineData(null, null, "http://localhost:4317", TelemetryExporter.Otlp)]
    [InlineData("console", "InstrumentationKey=00000000-0000-0000-0000-000000000000", null, TelemetryExporter.Console)]
    public void The_exporter_follows_the_standard_variables_unless_named(string? named, string? appInsights, string? otlp, TelemetryExporter expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryExporters.ExporterKey] = named,
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = appInsights,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp,
        }).Build();

        Assert.Equal(expected, TelemetryExporters.Choose(configuration));
    }

    [Fact]
    public void An_unknown_exporter_name_stops_the_start_with_the_key_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryExporters.ExporterKey] = "Zipkin" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => TelemetryExporters.Choose(configuration));
        Assert.Contains("Telemetry:Exporter", error.Message, StringComparison.Ordinal);
    }

    private static string Describe(Activity span) => string.Join(" ", new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
        .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
        .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")))
        .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}")));

    private static string Describe(Metric metric)
    {
        var parts = new List<string> { metric.Name };
        foreach (ref readonly var point in metric.GetMetricPoints())
            foreach (var tag in point.Tags) parts.Add($"{tag.Key}={tag.Value}");
        return string.Join(" ", parts);
    }
}
