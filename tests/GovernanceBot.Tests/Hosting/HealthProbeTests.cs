using GovernanceBot.Hosting;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.Tests.Hosting;

/// <summary>The container's health check command against a loopback /healthz.</summary>
public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(200, 0)]
    [InlineData(503, 1)]
    public async Task The_exit_code_follows_healthz(int status, int exitCode)
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = context.Request.Path == "/healthz" ? status : 404;
            return Task.CompletedTask;
        });

        Assert.Equal(exitCode, await HealthProbe.RunAsync(new Uri(server.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Nothing_listening_is_unhealthy_and_only_the_healthcheck_word_selects_the_probe()
    {
        Assert.Equal(1, await HealthProbe.RunAsync("1", TimeSpan.FromSeconds(2)));
        Assert.True(HealthProbe.Matches(["healthcheck"]));
        Assert.False(HealthProbe.Matches(["export", "x"]));
        Assert.False(HealthProbe.Matches([]));
    }
}
