using System.Text.Json.Nodes;
using GovernanceBot.Catalogue;
using GovernanceBot.Catalogue.Feedback;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>Helpful / Not helpful on answer cards, over HTTP as Teams sends the clicks.</summary>
public sealed class CatalogueFeedbackTests(CatalogueHostFixture fixture) : IClassFixture<CatalogueHostFixture>
{
    private async Task<IReadOnlyList<CatalogueFeedbackStore.Vote>> VotesAsync() =>
        await fixture.Host.Services.GetRequiredService<CatalogueFeedbackStore>().MonthAsync(DateTimeOffset.UtcNow, CancellationToken.None);

    [Fact]
    public async Task A_helpful_vote_is_stored_once_even_when_clicked_twice()
    {
        var conversation = fixture.Host.Conversation(TestUser.Alice);
        var card = Assert.Single(await conversation.SendAsync("Qui est propriétaire des réclamations clients ?")).Card();
        var helpful = card.ExecuteActions().Single(a => a.Verb == CatalogueVerbs.Helpful);

        var first = await conversation.ExecuteAsync(helpful.Verb, (JsonObject)helpful.Data.DeepClone());
        await conversation.ExecuteAsync(helpful.Verb, (JsonObject)helpful.Data.DeepClone());

        Assert.Contains("Merci", first.Message);
        var vote = Assert.Single(await VotesAsync(), v => v.Voter == TestUser.Alice.AadObjectId && v.Question.Contains("réclamations", StringComparison.Ordinal));
        Assert.True(vote.Helpful);
        Assert.Contains("DS-RECLAMATIONS", vote.Cited);
    }

    [Fact]
    public async Task Not_helpful_is_stored_and_offers_the_owners_and_the_central_team()
    {
        var conversation = fixture.Host.Conversation(TestUser.Bruno, "en-US");
        var card = Assert.Single(await conversation.SendAsync("who do I contact about delivery time estimation?")).Card();
        var notHelpful = card.ExecuteActions().Single(a => a.Verb == CatalogueVerbs.NotHelpful);

        var offer = await conversation.ExecuteAsync(notHelpful.Verb, (JsonObject)notHelpful.Data.DeepClone());

        Assert.Contains("karim.benali@example.org", offer.Card!.AllText());
        var forward = offer.Card.ExecuteActions().Single(a => a.Verb == CatalogueVerbs.Forward);
        var sent = await conversation.ExecuteAsync(forward.Verb, (JsonObject)forward.Data.DeepClone());
        // No central team channel is registered on this bot: the answer names the central team's address.
        Assert.Contains(CatalogueHostFixture.CentralTeam, sent.Message);
        Assert.Contains(await VotesAsync(), v => v.Voter == TestUser.Bruno.AadObjectId && !v.Helpful);
    }

    [Fact]
    public async Task A_forged_vote_without_a_question_changes_nothing()
    {
        var before = (await VotesAsync()).Count;

        var result = await fixture.Host.Conversation(TestUser.Chloe).ExecuteAsync(CatalogueVerbs.Helpful, new JsonObject { ["question"] = "" });

        Assert.Null(result.Message);
        Assert.Equal(before, (await VotesAsync()).Count);
    }
}
