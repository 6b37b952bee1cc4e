using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.Tests.Hosting;

/// <summary>
/// The zero-configuration run (SQLite, no exporter, no LLM) does not load the cloud SDKs it does not use: their
/// assemblies would cost start-up time and resident memory for nothing.
/// </summary>
public sealed class ZeroConfigurationFootprintTests
{
    [Fact]
    public async Task A_local_run_answers_without_loading_the_azure_sdk_the_telemetry_sdk_or_the_ai_clients()
    {
        await using var bot = await BotProcess.StartAsync(name: "footprint");
        using var http = new HttpClient { BaseAddress = bot.BaseUrl };
        using var help = await http.PostAsync("/api/messages", new StringContent(
            """{"type":"message","id":"f-1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","from":{"id":"29:u"},"recipient":{"id":"28:b"},"conversation":{"id":"a:c"},"text":"aide","deliveryMode":"expectReplies"}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.True(help.IsSuccessStatusCode);

        var mapped = (await File.ReadAllLinesAsync($"/proc/{bot.ProcessId}/maps"))
            .Select(line => Path.GetFileName(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? ""))
            .Where(name => name.EndsWith(".dll", StringComparison.Ordinal))
            .ToHashSet();

        Assert.Contains("GovernanceBot.Storage.dll", mapped);
        foreach (var unused in new[] { "Azure.Core.dll", "Azure.Data.Tables.dll", "Azure.Identity.dll", "OpenTelemetry.dll", "Azure.Monitor.OpenTelemetry.AspNetCore.dll", "OpenAI.dll", "Microsoft.Extensions.AI.Abstractions.dll" })
            Assert.DoesNotContain(unused, mapped);
    }
}
