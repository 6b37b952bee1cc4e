using System.Diagnostics;
using System.Globalization;
using GovernanceBot.Catalogue.Writing;
using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.Operations;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.Telemetry;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Operations;

/// <summary>
/// Reads what the status command shows. Each part is read on its own, so a storage outage still leaves the
/// version, the LLM and telemetry lines; nothing here changes state.
/// </summary>
internal sealed class StatusReport(
    ITableStorage storage,
    OutboxStore outbox,
    ScheduleStore schedules,
    DeliveryThrottleStore throttle,
    IOptions<StorageOptions> storageOptions,
    IOptions<LlmOptions> llmOptions,
    IOptions<DeliveryOptions> deliveryOptions,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<StatusReport> logger)
{
    private const int RunsShown = 5;

    public async Task<string> WriteAsync(Language language, CancellationToken cancellationToken)
    {
        var lines = new List<string>
        {
            OperationsTexts.Title.In(language, Environment.MachineName),
            OperationsTexts.Version.In(language, BotVersion.Current),
        };
        var provider = Provider();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await storage.PingAsync(cancellationToken);
            lines.Add(OperationsTexts.StorageUp.In(language, provider, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
        catch (StorageException e)
        {
            logger.LogWarning(e, "Status: storage did not answer the ping");
            lines.Add(OperationsTexts.StorageDown.In(language, provider, e.GetType().Name));
            lines.Add(Llm(language));
            lines.Add(Telemetry(language));
            return string.Join("\n", lines);
        }
        lines.Add(Llm(language));

        var now = time.GetUtcNow();
        var open = new List<(DateTimeOffset, DeliveryTally)>();
        foreach (var occurrence in await outbox.ListOpenOccurrencesAsync(cancellationToken))
            open.Add((occurrence.CreatedAt, DeliveryTally.Of((await outbox.ListItemsAsync(occurrence.OccurrenceId, cancellationToken)).Select(i => i.Item))));
        var backlog = OutboxBacklog.Of(open, now);
        var deliveryOff = deliveryOptions.Value.Enabled ? "" : OperationsTexts.DeliveryOff.In(language);
        lines.Add((backlog.IsIdle && backlog.Failed == 0
            ? OperationsTexts.BacklogIdle.In(language)
            : OperationsTexts.Backlog.In(language, backlog.Waiting, backlog.Sending, backlog.Failed, backlog.OpenOccurrences, Duration(backlog.OldestAge ?? TimeSpan.Zero))) + deliveryOff);

        var gate = ThrottleState.At(await throttle.ThrottledUntilAsync(cancellationToken), now);
        lines.Add(gate.ClosedUntil is { } until ? OperationsTexts.ThrottleClosed.In(language, Utc(until)) : OperationsTexts.ThrottleOpen.In(language));

        var ran = (await schedules.ListAsync(cancellationToken)).Select(j => j.Job).Where(j => j.LastRunAt is not null)
            .OrderByDescending(j => j.LastRunAt).Take(RunsShown).ToList();
        if (ran.Count == 0) lines.Add(OperationsTexts.RunsNone.In(language));
        else
        {
            lines.Add(OperationsTexts.RunsTitle.In(language));
            lines.AddRange(ran.Select(j => OperationsTexts.RunLine.In(language, j.Id, j.Title, Utc(j.LastRunAt!.Value), j.LastRunLate ? OperationsTexts.RunLate.In(language) : "")));
        }
        lines.Add(Telemetry(language));
        return string.Join("\n", lines);
    }

    private string Provider()
    {
        var options = storageOptions.Value;
        var prefix = string.IsNullOrEmpty(options.TablePrefix) ? "" : $", prefix {options.TablePrefix}";
        return options.Provider switch
        {
            StorageProvider.Sqlite => "SQLite" + prefix,
            _ when options.AccountUrl is { } url => $"Azure Tables {url.Host}{prefix}",
            _ => "Azure Tables" + prefix,
        };
    }

    private string Llm(Language language)
    {
        var options = llmOptions.Value;
        if (!options.IsConfigured) return OperationsTexts.LlmOff.In(language);
        var host = Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) ? uri.Host : "?";
        var auth = options.ApiKey.Length > 0 ? OperationsTexts.LlmKey : options.UseAzureIdentity ? OperationsTexts.LlmIdentity : OperationsTexts.LlmNoAuth;
        return OperationsTexts.LlmOn.In(language, options.Model, host, auth.In(language));
    }

    private string Telemetry(Language language)
    {
        var exporter = TelemetryExporters.Choose(configuration);
        return OperationsTexts.Telemetry.In(language, exporter == TelemetryExporter.None ? OperationsTexts.TelemetryOff.In(language) : exporter.ToString());
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:00}" : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min" : $"{Math.Max(0, (int)span.TotalSeconds)} s";
}
