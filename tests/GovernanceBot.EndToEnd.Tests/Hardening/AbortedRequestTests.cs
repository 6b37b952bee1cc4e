using System.Net.Sockets;
using System.Text;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.EndToEnd.Tests.Hardening;

/// <summary>
/// A caller that hangs up in the middle of its body (a load generator stopping, a proxy timing out) is no
/// failure of the bot: on the real server it gets one warning line, no error and no stack trace, and the
/// bot goes on answering.
/// </summary>
public sealed class AbortedRequestTests
{
    [Fact]
    public async Task A_body_cut_short_by_the_caller_is_one_warning_line_and_no_error()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?> { ["Demo__Enabled"] = "false" }, name: "aborted-body");

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(bot.BaseUrl.Host, bot.BaseUrl.Port);
            var stream = client.GetStream();
            var head = $"POST /api/messages HTTP/1.1\r\nHost: {bot.BaseUrl.Authority}\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{{\"type\":\"message\"";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.FlushAsync();
            await Task.Delay(200);
        }

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!bot.Log.Text.Contains("Refused an incomplete body") && DateTime.UtcNow < deadline) await Task.Delay(50);

        var log = bot.Log.Text;
        Assert.Single(log.Split('\n'), line => line.Contains("Refused an incomplete body"));
        Assert.DoesNotContain("fail:", log);
        Assert.DoesNotContain("   at ", log);
        using var health = await http.GetAsync(new Uri(bot.BaseUrl, "/healthz"));
        Assert.True(health.IsSuccessStatusCode);
    }
}
