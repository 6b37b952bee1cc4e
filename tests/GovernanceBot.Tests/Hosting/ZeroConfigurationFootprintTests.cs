using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.Tests.Hosting;

/// <summary>
/// The zero-configuration run (SQLite, no exporter, no LLM, no app id) does not load the cloud SDKs and token
/// libraries it does not use: their assemblies would cost start-up time and resident memory for nothing.
/// </summary>
public sealed class ZeroConfigurationFootprintTests
{
    [Fact]
    public async Task A_local_run_answers_without_loading_the_azure_sdk_the_telemetry_sdk_the_ai_clients_or_the_token_libraries()
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
        string[] unused =
        [
            "Azure.Core.dll", "Azure.Data.Tables.dll", "Azure.Identity.dll", "OpenTelemetry.dll", "Azure.Monitor.OpenTelemetry.AspNetCore.dll",
            "OpenAI.dll", "Microsoft.Extensions.AI.Abstractions.dll",
            // Without an app id, inbound calls are checked for loopback only: no token to read.
            "Microsoft.IdentityModel.Tokens.dll", "Microsoft.IdentityModel.JsonWebTokens.dll",
        ];
        foreach (var assembly in unused) Assert.DoesNotContain(assembly, mapped);
    }
}
