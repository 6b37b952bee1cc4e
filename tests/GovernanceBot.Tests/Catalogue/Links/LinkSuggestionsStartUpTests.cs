using GovernanceBot.Catalogue;
using GovernanceBot.Catalogue.Links;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue.Links;

/// <summary>Catalogues imported before suggestions were stored get them once, when the bot starts.</summary>
public sealed class LinkSuggestionsStartUpTests
{
    [Fact]
    public async Task A_bot_whose_stored_suggestions_are_missing_stores_them_at_start_up_and_shows_them()
    {
        using var first = new BotTestHost();
        var runner = first.Services.GetRequiredService<CatalogueImportRunner>();
        await runner.ImportAsync(CatalogueKind.Datasets, Csv(LinkHostFixture.EnergyDatasets), "d.csv", null, CancellationToken.None);
        await runner.ImportAsync(CatalogueKind.UseCases, Csv(LinkHostFixture.EnergyUseCases), "u.csv", null, CancellationToken.None);
        // As a bot from before stored suggestions left it: records, no suggestions, no rules version.
        var table = first.Services.GetRequiredService<ITableStorage>().GetTable(CatalogueLinkStore.TableName);
        await foreach (var row in table.QueryAsync(new TableQuery(), CancellationToken.None)) await table.DeleteAsync(row.PartitionKey, row.RowKey, "*", CancellationToken.None);
        Assert.Equal(0, await first.Services.GetRequiredService<CatalogueLinkStore>().SuggestionsVersionAsync(CancellationToken.None));

        using var restarted = new BotTestHost(dataDirectory: first.DataDirectory);
        var store = restarted.Services.GetRequiredService<CatalogueLinkStore>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await store.SuggestionsVersionAsync(CancellationToken.None) != LinkSuggestionRefresh.RulesVersion && DateTime.UtcNow < deadline) await Task.Delay(100);

        var (suggestions, version) = await store.LoadSuggestionsAsync(CancellationToken.None);
        Assert.Equal(LinkSuggestionRefresh.RulesVersion, version);
        Assert.Contains(new LinkSuggestion("DS-COMPTEURS", "NRJ-FACTURE", 1), suggestions!);
        var card = await restarted.Conversation().ExecuteAsync(CatalogueVerbs.Open, new() { ["kind"] = "dataset", ["id"] = "DS-COMPTEURS", ["question"] = "" });
        Assert.Contains("[NRJ-FACTURE]", card.Card.AllText());
    }

    private static MemoryStream Csv(string text) => new(System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n"));
}
