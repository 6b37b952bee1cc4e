using System.Text.Json.Nodes;
using GovernanceBot.Maturity;
using GovernanceBot.Tests.Infrastructure;
using static GovernanceBot.Tests.Maturity.MaturityConversation.Texts;

namespace GovernanceBot.Tests.Maturity;

/// <summary>
/// The questionnaire only runs in one-to-one chats: in a channel or group chat a card answer replaces the card
/// for every member. There the bot invites the user to a private chat and changes nothing; reports stay available.
/// </summary>
public sealed class MaturityChannelTests(MaturityHostFixture fixture) : IClassFixture<MaturityHostFixture>
{
    private const string PrivateChatInvitation = "Le questionnaire de maturité se remplit en conversation privée : ouvrez une conversation avec le bot et tapez «\u00A0maturité\u00A0». Rien n'a été modifié.";

    private TestConversation InShared(TestUser user, string conversationType, string locale = "fr-FR") =>
        new(fixture.Host.CreateClient(), user, locale) { ConversationType = conversationType, ConversationId = "19:shared-" + conversationType + "@thread.tacv2" };

    private async Task<MaturityConversation> OnThirdQuestionAsync(TestUser user)
    {
        var personal = new MaturityConversation(fixture.Host.Conversation(user));
        await personal.SayAsync("maturité");
        await personal.ChooseHubAsync(await fixture.NewHubAsync());
        await personal.AnswerAsync(MaturityAnswers.First, 2);
        return personal;
    }

    [Theory]
    [InlineData("channel", "maturité", "fr-FR", PrivateChatInvitation)]
    [InlineData("groupChat", "assessment", "en-US", "The maturity questionnaire is filled in a private chat: open a one-to-one chat with the bot and type \"maturity\". Nothing was changed.")]
    public async Task The_maturity_command_in_a_shared_conversation_invites_to_a_private_chat(string conversationType, string command, string locale, string expected)
    {
        var shared = InShared(MaturityHostFixture.NewUser(), conversationType, locale);

        var reply = Assert.Single(await shared.SendAsync(command));

        Assert.Equal(expected, reply["text"]!.GetValue<string>());
        Assert.Null(reply.Card());
    }

    [Theory]
    [InlineData(MaturityVerbs.Answer)]
    [InlineData(MaturityVerbs.Back)]
    [InlineData(MaturityVerbs.Save)]
    [InlineData(MaturityVerbs.Start)]
    [InlineData(MaturityVerbs.ChooseHub)]
    public async Task Another_member_clicking_a_question_card_in_a_channel_changes_nothing_and_shows_no_draft(string verb)
    {
        var owner = MaturityHostFixture.NewUser();
        var personal = await OnThirdQuestionAsync(owner);
        var cardAction = personal.Card.ExecuteActions().First(a => a.Verb == MaturityVerbs.Answer);
        var data = (JsonObject)cardAction.Data.DeepClone();
        data["answer"] = "yes";
        var colleague = InShared(MaturityHostFixture.NewUser("Collègue"), "channel");

        var result = await colleague.ExecuteAsync(verb, data);

        Assert.Equal(PrivateChatInvitation, result.Message);
        Assert.Null(result.Card);
        // The owner's own card is still the current one: nothing moved.
        await personal.ClickAsync(Next, MaturityAnswers.First[personal.CurrentQuestionId()]);
        Assert.Contains("Question 4 sur 15", personal.Text);
    }

    [Fact]
    public async Task The_owner_answering_in_a_group_chat_is_invited_to_a_private_chat_and_the_draft_stays()
    {
        var owner = MaturityHostFixture.NewUser();
        var personal = await OnThirdQuestionAsync(owner);
        var data = (JsonObject)personal.Card.ExecuteActions().First(a => a.Verb == MaturityVerbs.Answer).Data.DeepClone();
        data["answer"] = "yes";

        var result = await InShared(owner, "groupChat").ExecuteAsync(MaturityVerbs.Answer, data);

        Assert.Equal(PrivateChatInvitation, result.Message);
        await personal.SayAsync("maturité");
        Assert.Contains("Question 3 sur 15", personal.Text);
        Assert.Null(personal.CurrentInputValue());
    }

    [Fact]
    public async Task Choosing_a_hub_in_a_channel_does_not_join_it()
    {
        var user = MaturityHostFixture.NewUser();
        var shared = InShared(user, "channel");

        var result = await shared.ExecuteAsync(MaturityVerbs.SelectHub, new JsonObject { ["hubId"] = "assurance" });

        Assert.Equal(PrivateChatInvitation, result.Message);
        var whoami = Assert.Single(await fixture.Host.Conversation(user).SendAsync("qui suis-je"));
        Assert.Contains("hub : pas encore choisi", whoami["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_help_cards_open_button_for_maturity_in_a_channel_invites_to_a_private_chat()
    {
        var shared = InShared(MaturityHostFixture.NewUser(), "channel");
        var help = Assert.Single(await shared.SendAsync("aide")).Card();
        var open = help.ExecuteActions().Single(a => a.Verb == MaturityVerbs.Start);

        var result = await shared.ExecuteAsync(open.Verb, (JsonObject)open.Data.DeepClone());

        Assert.Equal(PrivateChatInvitation, result.Message);
    }

    [Fact]
    public async Task The_hubs_history_is_still_shown_in_a_channel()
    {
        var member = MaturityHostFixture.NewUser();
        var personal = new MaturityConversation(fixture.Host.Conversation(member));
        await personal.SayAsync("maturité");
        await personal.ChooseHubAsync(await fixture.NewHubAsync());
        await personal.AnswerAsync(MaturityAnswers.First, 15);

        var reply = Assert.Single(await InShared(member, "channel").SendAsync("mes évaluations"));

        Assert.Contains("20 / 33 (61 %)", reply.Card().AllText());
    }

    [Fact]
    public async Task An_activity_without_a_conversation_type_is_treated_as_a_personal_chat()
    {
        var conversation = fixture.Host.Conversation(MaturityHostFixture.NewUser());
        var activity = conversation.NewActivity("message");
        activity["text"] = "maturité";
        activity["conversation"]!.AsObject().Remove("conversationType");

        var reply = Assert.Single(await conversation.PostForRepliesAsync(activity));

        Assert.Contains(reply.Card().ExecuteActions(), a => a.Verb == MaturityVerbs.SelectHub);
    }
}
