using GovernanceBot.Catalogue;
using GovernanceBot.Catalogue.Links;
using GovernanceBot.Identity;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovernanceBot.Tests.Identity;

/// <summary>"langue anglais" / "language french" / "langue auto": a stored choice that beats the client's locale in every feature.</summary>
public sealed class LanguagePreferenceTests : IDisposable
{
    private readonly BotTestHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Text(System.Text.Json.Nodes.JsonObject reply) => reply["text"]!.GetValue<string>();

    [Fact]
    public async Task French_chosen_in_an_english_client_is_used_by_every_feature_until_auto()
    {
        var english = _host.Conversation(TestUser.Alice, "en-US");

        Assert.StartsWith("C'est noté : je vous réponds désormais en français", Text(Assert.Single(await english.SendAsync("language french"))));

        var help = Assert.Single(await english.SendAsync("help")).Card()!;
        Assert.Equal("fr", help["lang"]!.GetValue<string>());
        Assert.Contains("Voici ce que je sais faire", help.AllText());
        Assert.Contains("Commandes disponibles", (await english.ExecuteAsync("help.more")).Card.AllText());
        Assert.StartsWith("Aucun hub n'existe encore", Text(Assert.Single(await english.SendAsync("maturity"))));
        Assert.Contains("- langue : français (votre choix", Text(Assert.Single(await english.SendAsync("whoami"))));

        Assert.StartsWith("Noted: I now answer you in Teams's language", Text(Assert.Single(await english.SendAsync("langue auto"))));
        Assert.Contains("Here is what I can do", Assert.Single(await english.SendAsync("aide")).Card().AllText());
        Assert.Contains("- language: English (set by Teams)", Text(Assert.Single(await english.SendAsync("whoami"))));
    }

    [Theory]
    [InlineData("langue anglais")]
    [InlineData("Language English")]
    [InlineData("langue EN")]
    public async Task English_is_chosen_in_either_language_and_kept_after_a_restart(string command)
    {
        var french = _host.Conversation(TestUser.Bruno, "fr-FR");
        Assert.StartsWith("Noted: I answer you in English from now on", Text(Assert.Single(await french.SendAsync(command))));

        using var restarted = new BotTestHost(dataDirectory: _host.DataDirectory);
        var card = Assert.Single(await restarted.Conversation(TestUser.Bruno, "fr-FR").SendAsync("aide")).Card()!;
        Assert.Equal("en", card["lang"]!.GetValue<string>());

        var profile = await restarted.Services.GetRequiredService<ITableStorage>().GetTable(UserDirectory.TableName)
            .GetAsync("aad-" + TestUser.Bruno.AadObjectId.ToLowerInvariant(), "profile", CancellationToken.None);
        Assert.Equal("en", profile!.GetString("Language"));
    }

    [Fact]
    public async Task Another_users_choice_does_not_change_mine()
    {
        await _host.Conversation(TestUser.Bruno, "fr-FR").SendAsync("langue anglais");

        Assert.Contains("Voici ce que je sais faire", Assert.Single(await _host.Conversation(TestUser.Alice, "fr-FR").SendAsync("aide")).Card().AllText());
    }

    [Theory]
    [InlineData("langue")]
    [InlineData("langue klingon")]
    [InlineData("langue anglais et français")]
    public async Task Without_a_language_it_names_the_current_one_and_how_to_change_it_and_changes_nothing(string command)
    {
        var conversation = _host.Conversation(TestUser.Alice, "fr-FR");

        var answer = Text(Assert.Single(await conversation.SendAsync(command)));

        Assert.StartsWith("Langue actuelle : français (celle de Teams).", answer);
        Assert.Contains("«\u00A0langue anglais\u00A0»", answer);
        Assert.Contains("Voici ce que je sais faire", Assert.Single(await conversation.SendAsync("aide")).Card().AllText());
    }

    [Fact]
    public async Task A_help_turn_reads_storage_once_for_the_profile_that_carries_the_language()
    {
        CountingTableStorage? counting = null;
        using var host = new BotTestHost(dataDirectory: Directory.CreateTempSubdirectory("governancebot-reads-").FullName)
        {
            ServiceOverrides = services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(ITableStorage));
                services.Remove(original);
                services.AddSingleton<ITableStorage>(sp => counting = new CountingTableStorage((ITableStorage)original.ImplementationFactory!(sp)));
            },
        };
        var conversation = host.Conversation(TestUser.Alice, "en-US");
        await conversation.SendAsync("language french");
        // The start-up tasks (catalogue index, link suggestions) read storage in the background; only the turn counts.
        await host.StartedUpAsync();
        var before = counting!.Reads;

        var card = Assert.Single(await conversation.SendAsync("help")).Card();

        Assert.Contains("Voici ce que je sais faire", card.AllText());
        Assert.Equal(1, counting.Reads - before);
    }
}
