using System.Text.Json.Nodes;
using GovernanceBot.Maturity;
using GovernanceBot.Tests.Infrastructure;
using static GovernanceBot.Tests.Maturity.MaturityConversation.Texts;

namespace GovernanceBot.Tests.Maturity;

/// <summary>The hub a question card names is only answered for when it is the hub the user joined.</summary>
public sealed class MaturityHubMembershipTests(MaturityHostFixture fixture) : IClassFixture<MaturityHostFixture>
{
    private const string NotYourHubNotice = "Vous ne pouvez répondre qu'au nom du hub que vous avez rejoint.";

    [Theory]
    [InlineData(MaturityVerbs.Answer)]
    [InlineData(MaturityVerbs.Back)]
    [InlineData(MaturityVerbs.Save)]
    public async Task A_user_without_a_hub_naming_one_in_a_forged_action_gets_the_hub_picker_and_no_draft(string verb)
    {
        var hubId = await fixture.NewHubAsync();
        var outsider = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));

        var result = await outsider.Conversation.ExecuteAsync(verb, new JsonObject { ["hubId"] = hubId, ["answer"] = "yes" });

        Assert.Contains(NotYourHubNotice, result.Card.AllText());
        Assert.Contains(result.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.SelectHub);
        Assert.DoesNotContain(result.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.Answer);
        // Joining that hub afterwards finds no draft begun on the outsider's behalf: a fresh first question, not "picking up".
        await outsider.SayAsync("maturité");
        await outsider.ChooseHubAsync(hubId);
        Assert.Contains("Question 1 sur 15", outsider.Text);
        Assert.DoesNotContain("Reprise là où vous vous étiez arrêté", outsider.Text);
    }

    [Fact]
    public async Task A_card_of_a_hub_the_user_has_left_no_longer_changes_that_hubs_draft()
    {
        var firstHub = await fixture.NewHubAsync();
        var secondHub = await fixture.NewHubAsync();
        var user = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));
        await user.SayAsync("maturité");
        await user.ChooseHubAsync(firstHub);
        await user.AnswerAsync(MaturityAnswers.First, 2);
        var firstHubCard = user.Card!;
        await user.ClickAsync(SaveAndQuit);
        await user.ClickAsync("Changer de hub");
        await user.ChooseHubAsync(secondHub);

        await user.ClickAsync(Next, "yes", card: firstHubCard);

        Assert.Contains(NotYourHubNotice, user.Text);
        Assert.Contains(user.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.SelectHub);
        await user.ChooseHubAsync(firstHub);
        Assert.Contains("Question 3 sur 15", user.Text);
        Assert.Null(user.CurrentInputValue());
    }

    [Fact]
    public async Task A_member_of_one_hub_cannot_complete_an_assessment_for_another()
    {
        var ownHub = await fixture.NewHubAsync();
        var otherHub = await fixture.NewHubAsync();
        var member = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));
        await member.SayAsync("maturité");
        await member.ChooseHubAsync(ownHub);
        var data = (JsonObject)member.Card.ExecuteActions().Single(a => a.Verb == MaturityVerbs.Answer).Data.DeepClone();
        data["hubId"] = otherHub;
        data["answer"] = "yes";

        var result = await member.Conversation.ExecuteAsync(MaturityVerbs.Answer, data);

        Assert.Contains(NotYourHubNotice, result.Card.AllText());
        var central = fixture.Host.Conversation(MaturityHostFixture.CentralTeamMember);
        var history = await central.ExecuteAsync(MaturityVerbs.History, new JsonObject { ["hubId"] = otherHub });
        Assert.Contains("Aucune évaluation terminée pour ce hub.", history.Card.AllText());
    }
}
