using GovernanceBot.Demo;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.UseCases;

public class UseCaseDemoDataTests
{
    [Fact]
    public async Task The_zero_configuration_run_shows_a_registry_spread_over_the_workflow_and_a_rerun_adds_nothing()
    {
        using var host = new BotTestHost(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        _ = host.CreateClient();
        var store = host.Services.GetRequiredService<UseCaseStore>();

        var states = new Dictionary<UseCaseState, int>();
        foreach (var state in Enum.GetValues<UseCaseState>()) states[state] = (await store.ListByStateAsync(state, CancellationToken.None)).Count;
        foreach (var contributor in host.Services.GetServices<IDemoDataContributor>()) await contributor.SeedAsync(CancellationToken.None);

        Assert.True(states.Count(s => s.Value > 0) >= 6, string.Join(", ", states));
        Assert.Equal(1, states[UseCaseState.InProduction]);
        var live = Assert.Single(await store.ListByStateAsync(UseCaseState.InProduction, CancellationToken.None));
        Assert.NotNull(live.Number);
        var history = await store.HistoryAsync(live.Id, 50, CancellationToken.None);
        Assert.Equal(HistoryEvent.WentLive, history[0].Event);
        Assert.Equal(states.Values.Sum(), Enum.GetValues<UseCaseState>().Sum(s => store.ListByStateAsync(s, CancellationToken.None).Result.Count));
    }
}
