using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Help;

public sealed class HelpFeatureTests : IClassFixture<BotTestHostFixture>
{
    private readonly BotTestHost _host;

    public HelpFeatureTests(BotTestHostFixture fixture) => _host = fixture.Host;

    [Theory]
    [InlineData("aide", "fr-FR", "Voici ce que je sais faire")]
    [InlineData("AIDE", "fr-FR", "Voici ce que je sais faire")]
    [InlineData("help", "en-US", "Here is what I can do")]
    [InlineData("help", "fr-FR", "Voici ce que je sais faire")]
    [InlineData("aide", "en-GB", "Here is what I can do")]
    [InlineData("help", "", "Voici ce que je sais faire")]
    public async Task Help_answers_with_a_card_in_the_users_locale_french_by_default(string text, string locale, string expected)
    {
        var replies = await _host.Conversation(locale: locale).SendAsync(text);
        var card = Assert.Single(replies).Card();
        Assert.Contains(expected, card.AllText());
        Assert.Equal(locale.StartsWith("en") ? "en" : "fr", card!["lang"]!.GetValue<string>());
    }

    [Fact]
    public async Task Help_lists_every_registered_topic_and_offers_more_details()
    {
        var card = Assert.Single(await _host.Conversation().SendAsync("aide")).Card();
        Assert.Contains("Aide", card.AllText());
        Assert.Contains(card.ExecuteActions(), a => a.Verb == "help.more" && a.Title == "Plus de détails");
    }

    [Fact]
    public async Task More_details_replaces_the_card_with_every_command_in_both_languages_and_back_returns()
    {
        var conversation = _host.Conversation(locale: "en-US");
        var details = await conversation.ExecuteAsync("help.more");
        Assert.Contains("Available commands", details.Card.AllText());
        Assert.Contains("also: aide", details.Card.AllText());

        var back = await conversation.ExecuteAsync("help.show");
        Assert.Contains("Here is what I can do", back.Card.AllText());
    }

    [Fact]
    public async Task Text_no_command_matches_is_a_catalogue_question_whose_honest_no_points_to_help()
    {
        var card = Assert.Single(await _host.Conversation().SendAsync("blablabla quarante-deux")).Card();
        Assert.Contains("aucune fiche", card.AllText());
        Assert.Contains("Tapez «\u00A0aide\u00A0»", card.AllText());
    }

    [Fact]
    public async Task Installing_the_bot_sends_a_welcome_message()
    {
        var conversation = _host.Conversation();
        var install = conversation.NewActivity("installationUpdate");
        install["action"] = "add";
        var reply = Assert.Single(await conversation.PostForRepliesAsync(install));
        Assert.Contains("aide", reply["text"]!.GetValue<string>());
    }
}
