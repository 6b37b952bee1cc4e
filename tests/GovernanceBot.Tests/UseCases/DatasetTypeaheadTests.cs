using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovernanceBot.Catalogue;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.TestSupport;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.UseCases.UseCaseJourney;

namespace GovernanceBot.Tests.UseCases;

/// <summary>
/// The wizard's datasets typeahead through the bot's HTTP endpoint: the package step offers a Teams dynamic
/// choice set over the data catalogue, the <c>application/search</c> invoke is answered from the catalogue's
/// search in Teams' search-response shape, and picked datasets join the ones typed by hand.
/// </summary>
public sealed class DatasetTypeaheadTests : IAsyncLifetime
{
    private readonly BotTestHost _host = new(MaturityHostFixture.RoleSettings);

    public async Task InitializeAsync()
    {
        await MaturityHostFixture.CreateHubsAsync(_host);
        await using var file = File.OpenRead(Path.Combine(RepositoryPaths.Root, "samples", "catalogue", "datasets.csv"));
        await _host.Services.GetRequiredService<CatalogueImportRunner>().ImportAsync(CatalogueKind.Datasets, file, "datasets.csv", null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Typed_letters_find_datasets_by_name_in_teams_search_response_shape()
    {
        var (status, body) = await SearchAsync("datasets", "récla");

        Assert.Equal(200, status);
        Assert.Equal("application/vnd.microsoft.search.searchResponse", body!["type"]!.GetValue<string>());
        var first = body["value"]!["results"]!.AsArray()[0]!;
        Assert.Equal("DS-RECLAMATIONS", first["value"]!.GetValue<string>());
        Assert.Equal("Réclamations clients — Direction Relation Client", first["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_word_from_the_description_or_keywords_finds_the_dataset_through_the_catalogue_search()
    {
        var (_, body) = await SearchAsync("datasets", "churn");

        Assert.Contains("DS-SCORES-ATTRITION", Values(body));
    }

    [Fact]
    public async Task Nothing_typed_lists_the_catalogue_alphabetically_and_paging_is_honoured()
    {
        var (_, all) = await SearchAsync("datasets", "");
        var (_, page) = await SearchAsync("datasets", "", skip: 2, top: 2);

        var names = all!["value"]!["results"]!.AsArray().Select(r => r!["title"]!.GetValue<string>()).ToList();
        Assert.True(names.Count >= 4);
        Assert.Equal(names.Order(StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreNonSpace | System.Globalization.CompareOptions.IgnoreCase)), names);
        Assert.Equal(Values(all).Skip(2).Take(2), Values(page));
    }

    [Fact]
    public async Task An_unknown_dataset_or_a_malformed_search_gets_no_choices_rather_than_an_error()
    {
        var (status, body) = await SearchAsync("people", "a");
        Assert.Equal(200, status);
        Assert.Empty(Values(body));

        var chat = _host.Conversation(MaturityHostFixture.NewUser());
        var invoke = chat.NewActivity("invoke");
        invoke["name"] = "application/search";
        invoke["value"] = new JsonObject { ["queryText"] = new JsonArray(1, 2), ["queryOptions"] = "all" };
        using var response = await chat.PostAsync(invoke);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(Values(await response.Content.ReadFromJsonAsync<JsonObject>()));
    }

    [Fact]
    public async Task The_package_step_offers_the_typeahead_and_picked_datasets_join_the_typed_ones()
    {
        var user = MaturityHostFixture.NewUser();
        var chat = Start(_host, user);
        await chat.SayAsync("soumettre un cas d'usage");
        await chat.ClickAsync("Suivant", new JsonObject { [UseCaseActionData.HubInput] = HubId });
        foreach (var step in Enum.GetValues<WizardStep>().Where(s => s < WizardStep.Package))
            await chat.ClickAsync("Suivant", Inputs(UseCaseSamples.ValidValues(step, "Typeahead")));

        var picker = chat.Card!.Descendants().Single(e => e["id"]?.GetValue<string>() == UseCaseActionData.DatasetsPickedInput);
        Assert.Equal("Input.ChoiceSet", picker["type"]!.GetValue<string>());
        Assert.Equal("Data.Query", picker["choices.data"]!["type"]!.GetValue<string>());
        Assert.Equal("datasets", picker["choices.data"]!["dataset"]!.GetValue<string>());
        Assert.True(picker["isMultiSelect"]!.GetValue<bool>());
        Assert.Contains(picker["choices"]!.AsArray(), c => c!["value"]!.GetValue<string>() == "DS-CLIENTS");

        var inputs = Inputs(UseCaseSamples.ValidValues(WizardStep.Package, "Typeahead"));
        inputs["datasets"] = "Fichier RH interne\nRéclamations clients";
        inputs[UseCaseActionData.DatasetsPickedInput] = "DS-RECLAMATIONS,DS-CLIENTS,DS-UNKNOWN";
        await chat.ClickAsync("Suivant", inputs);

        Assert.Contains("Relecture", chat.Text);
        var id = UseCaseId(chat);
        var stored = (await _host.Services.GetRequiredService<UseCaseStore>().GetAsync(id, default))!.UseCase;
        Assert.Equal(["Fichier RH interne", "Réclamations clients", "Référentiel clients particuliers", "DS-UNKNOWN"], stored.Content.Package.Datasets);
    }

    private async Task<(int Status, JsonObject? Body)> SearchAsync(string dataset, string text, int skip = 0, int top = 15)
    {
        var chat = _host.Conversation(MaturityHostFixture.NewUser());
        var invoke = chat.NewActivity("invoke");
        invoke["name"] = "application/search";
        invoke["value"] = new JsonObject
        {
            ["queryText"] = text,
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["top"] = top },
            ["dataset"] = dataset,
        };
        using var response = await chat.PostAsync(invoke);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonObject>());
    }

    private static List<string> Values(JsonObject? body) =>
        [.. body!["value"]!["results"]!.AsArray().Select(r => r!["value"]!.GetValue<string>())];
}
