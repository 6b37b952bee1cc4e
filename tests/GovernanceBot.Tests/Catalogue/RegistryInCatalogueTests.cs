using GovernanceBot.Catalogue;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>
/// The registry's submitted use cases answer questions next to imported ones, under their UC number, and
/// a lifecycle change reaches the answers without a restart.
/// </summary>
public sealed class RegistryInCatalogueTests
{
    [Fact]
    public async Task A_question_finds_the_registry_use_case_in_production_and_its_data()
    {
        using var host = new BotTestHost(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        _ = host.CreateClient();
        var live = Assert.Single(await host.Services.GetRequiredService<UseCaseStore>().ListByStateAsync(Domain.UseCases.UseCaseState.InProduction, CancellationToken.None));

        var text = Assert.Single(await host.Conversation().SendAsync("Quel cas d'usage en production alerte sur l'attrition des clients ?")).Card().AllText();

        Assert.Contains(live.Number.ToString()!, text, StringComparison.Ordinal);
        Assert.Contains("Alerte attrition clients", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_not_answered_about()
    {
        using var host = new BotTestHost(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        _ = host.CreateClient();
        var snapshot = await host.Services.GetRequiredService<CatalogueService>().SnapshotAsync(CancellationToken.None);

        Assert.DoesNotContain(snapshot.UseCases, u => u.Name == "Lecture automatique des adresses manuscrites");
        Assert.Contains(snapshot.UseCases, u => u.Name == "Recommandation de formations" && u.Id.StartsWith("UC-", StringComparison.Ordinal));
    }
}
