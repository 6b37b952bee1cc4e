using System.Diagnostics;
using System.Globalization;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.Conversations;
using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.TestSupport;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Bench.Delivery;

/// <summary>
/// One card to N channels (default 500), each a new thread, through the loopback connector throttling like
/// Teams (7 msg/s per conversation, 50 msg/s in all, 429 beyond), with one and two sender instances on one
/// store: achieved rate against the cap, 429s received, duplicates and time to drain.
/// </summary>
public static class FanOutBenchmark
{
    private const int GlobalCap = 50;
    private const int PerConversation = 7;

    public static async Task<int> RunAsync(string[] options)
    {
        var channels = IntOption(options, "--channels", 500);
        var withAzurite = options.Contains("--azurite");
        Console.WriteLine($"Fan-out of one card to {channels} channels; cap {GlobalCap} msg/s global, {PerConversation} msg/s per conversation; connector latency 20 ms");
        Console.WriteLine($"{"Store",-8} {"Senders",7} {"Sent",6} {"Dupl.",6} {"429s",6} {"Drain s",8} {"Rate/s",8} {"of cap",7} {"Busiest 1 s",12}");

        var ok = true;
        foreach (var instances in new[] { 1, 2 })
        {
            var directory = Directory.CreateTempSubdirectory("bench-fanout-").FullName;
            ok &= await RunOnceAsync("SQLite", instances, channels, new()
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:Sqlite:Path"] = Path.Combine(directory, "bench.db"),
            });
        }
        if (withAzurite)
        {
            await using var azurite = await AzuriteProcess.StartAsync();
            foreach (var instances in new[] { 1, 2 })
            {
                ok &= await RunOnceAsync("Azurite", instances, channels, new()
                {
                    ["Storage:Provider"] = "AzureTables",
                    ["Storage:ConnectionString"] = azurite.ConnectionString,
                    ["Storage:TablePrefix"] = $"b{instances}",
                });
            }
        }
        return ok ? 0 : BenchmarkExit.Failure;
    }

    private static async Task<bool> RunOnceAsync(string store, int instances, int channels, Dictionary<string, string?> storage)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        connector.DistinctActivityIds = true;
        connector.Latency = TimeSpan.FromMilliseconds(20);
        connector.LimitRate(PerConversation, GlobalCap);

        var providers = Enumerable.Range(0, instances).Select(_ => Instance(storage)).ToList();
        try
        {
            foreach (var provider in providers)
                await provider.GetRequiredService<GovernanceBot.BotFramework.Proactive.IProactiveMessenger>().SendAsync(
                    new(connector.ServiceUrl, "a:warm-up", "28:bench", null), GovernanceBot.BotFramework.Proactive.OutgoingMessage.FromText("warm-up"), default);

            var occurrence = new OutboxOccurrence("bench-fanout", "Newsletter", null, null, null, Language.French, DateTimeOffset.UtcNow, null, false);
            var card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Data Science Info","wrap":true}]}""";
            var messages = Enumerable.Range(0, channels).Select(n => new OutboxMessage($"19:bench{n:0000}@thread.tacv2",
                new DeliveryTarget(true, connector.ServiceUrl, $"19:bench{n:0000}@thread.tacv2", "28:bench", "tenant-1", $"Channel {n}"),
                new OutboxContent(null, card, "Data Science Info"))).ToList();
            var outboxStore = providers[0].GetRequiredService<OutboxStore>();
            await providers[0].GetRequiredService<IOutbox>().EnqueueAsync(occurrence, messages, default);

            var clock = Stopwatch.StartNew();
            var senders = providers.Select(p => p.GetRequiredService<OutboxSender>()).ToList();
            await Task.WhenAll(senders.Select(s => s.StartAsync(default)));
            DeliveryTally tally;
            do
            {
                await Task.Delay(100);
                tally = DeliveryTally.Of((await outboxStore.ListItemsAsync("bench-fanout", default)).Select(i => i.Item));
            }
            while (!tally.IsComplete && clock.Elapsed < TimeSpan.FromMinutes(5));
            var drain = clock.Elapsed;
            await Task.WhenAll(senders.Select(s => s.StopAsync(default)));

            var accepted = connector.Answered.Where(a => a.ConversationId != "a:warm-up" && a.Status is >= 200 and < 300).Select(a => a.Request.ReceivedAt).Order().ToArray();
            var perConversation = connector.AcceptedPostsPerConversation().Where(p => p.Key != "a:warm-up").ToList();
            var duplicates = perConversation.Sum(p => p.Value - 1);
            var throttled = connector.Answered.Count(a => a.Status == 429);
            var rate = accepted.Length > 1 ? (accepted.Length - 1) / (accepted[^1] - accepted[0]).TotalSeconds : 0;
            var busiest = Busiest(accepted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{store,-8} {instances,7} {tally.Sent,6} {duplicates,6} {throttled,6} {drain.TotalSeconds,8:F1} {rate,8:F1} {rate / GlobalCap,7:P0} {busiest,12}"));
            return tally.Sent == channels && duplicates == 0 && perConversation.Count == channels;
        }
        finally
        {
            foreach (var provider in providers) await provider.DisposeAsync();
        }
    }

    private static int Busiest(DateTimeOffset[] times)
    {
        var best = 0;
        for (int i = 0, j = 0; i < times.Length; i++)
        {
            while (times[i] - times[j] >= TimeSpan.FromSeconds(1)) j++;
            best = Math.Max(best, i - j + 1);
        }
        return best;
    }

    private static ServiceProvider Instance(Dictionary<string, string?> storage)
    {
        var settings = new Dictionary<string, string?>(storage)
        {
            ["Delivery:GlobalRatePerSecond"] = GlobalCap.ToString(CultureInfo.InvariantCulture),
            ["Delivery:PerConversationPerSecond"] = PerConversation.ToString(CultureInfo.InvariantCulture),
            ["Delivery:PollInterval"] = "00:00:00.200",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotConnector(configuration);
        services.AddTableStorage(configuration);
        services.AddSingleton<ConversationReferenceStore>();
        services.AddOutbox(configuration);
        return services.BuildServiceProvider();
    }

    private static int IntOption(string[] options, string name, int fallback)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length && int.TryParse(options[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
