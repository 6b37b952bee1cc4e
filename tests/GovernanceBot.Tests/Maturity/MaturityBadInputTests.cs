using System.Text.Json.Nodes;
using GovernanceBot.Identity;
using GovernanceBot.Maturity;
using Microsoft.Extensions.DependencyInjection;
using GovernanceBot.Tests.Infrastructure;
using static GovernanceBot.Tests.Maturity.MaturityConversation.Texts;

namespace GovernanceBot.Tests.Maturity;

/// <summary>Old card copies, forged values, replays and unknown hubs: each gets a clear message and changes nothing.</summary>
public sealed class MaturityBadInputTests(MaturityHostFixture fixture) : IClassFixture<MaturityHostFixture>
{
    private const string StaleNotice = "Cette carte n'était plus à jour";

    private async Task<MaturityConversation> OnQuestionAsync(int answered, string? hubId = null)
    {
        var user = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));
        await user.SayAsync("maturité");
        await user.ChooseHubAsync(hubId ?? await fixture.NewHubAsync());
        await user.AnswerAsync(MaturityAnswers.First, answered);
        return user;
    }

    [Fact]
    public async Task An_answer_from_an_old_copy_of_the_card_is_refused_and_the_current_question_shown()
    {
        var user = await OnQuestionAsync(1);
        var oldCopy = user.Card!;
        await user.ClickAsync(Next, "no");
        Assert.Contains("Question 3 sur 15", user.Text);

        await user.ClickAsync(Next, "partly", card: oldCopy);

        Assert.Contains(StaleNotice, user.Text);
        Assert.Contains("Question 3 sur 15", user.Text);
        await user.ClickAsync(Back);
        Assert.Equal("no", user.CurrentInputValue());
    }

    [Fact]
    public async Task Two_open_copies_cannot_both_move_the_draft()
    {
        var user = await OnQuestionAsync(4);
        var copyA = user.Card!;
        var copyB = (JsonObject)copyA.DeepClone();

        await user.ClickAsync(Next, "7", card: copyA);
        await user.ClickAsync(Back, "2", card: copyB);

        Assert.Contains(StaleNotice, user.Text);
        Assert.Contains("Question 6 sur 15", user.Text);
        await user.ClickAsync(Back);
        Assert.Equal("7", user.CurrentInputValue());
    }

    [Fact]
    public async Task An_action_naming_another_question_than_the_current_one_is_stale()
    {
        var user = await OnQuestionAsync(2);
        var next = user.Card.ExecuteActions().Single(a => a.Title == Next);
        var forged = (JsonObject)next.Data.DeepClone();
        forged["questionId"] = "lineage";
        forged["answer"] = "yes";

        var result = await user.Conversation.ExecuteAsync(MaturityVerbs.Answer, forged);

        Assert.Contains(StaleNotice, result.Card.AllText());
        Assert.Contains("Question 3 sur 15", result.Card.AllText());
    }

    [Theory]
    [InlineData(0, "maybe")]
    [InlineData(4, "11")]
    [InlineData(4, "-1")]
    [InlineData(4, "7.5")]
    [InlineData(4, "sept")]
    [InlineData(5, "ten-years")]
    [InlineData(9, "100")]
    public async Task A_value_outside_the_question_options_or_scale_is_refused_and_nothing_is_saved(int answered, string forged)
    {
        var user = await OnQuestionAsync(answered);
        var before = user.Card!;

        await user.ClickAsync(Next, forged);

        Assert.Contains($"«\u00A0{forged}\u00A0» n'est pas une réponse possible à cette question. Rien n'a été enregistré.", user.Text);
        Assert.Contains($"Question {answered + 1} sur 15", user.Text);
        // Nothing changed: the card from before the forged value is still current and works.
        await user.ClickAsync(Next, MaturityAnswers.First[user.CurrentQuestionId()], card: before);
        Assert.Contains($"Question {answered + 2} sur 15", user.Text);
    }

    [Fact]
    public async Task A_long_forged_value_is_only_echoed_in_part()
    {
        var user = await OnQuestionAsync(0);

        await user.ClickAsync(Next, new string('x', 500));

        Assert.Contains($"«\u00A0{new string('x', 40)}…\u00A0» n'est pas une réponse possible", user.Text);
        Assert.DoesNotContain(new string('x', 41), user.Text);
    }

    [Theory]
    [InlineData("+07")]
    [InlineData("007")]
    public async Task A_scale_answer_is_stored_as_the_plain_number(string sent)
    {
        var hubId = await fixture.NewHubAsync();
        var user = await OnQuestionAsync(4, hubId);

        await user.ClickAsync(Next, sent);

        var store = fixture.Host.Services.GetRequiredService<MaturityStore>();
        var userKey = UserKeys.For(user.Conversation.User.AadObjectId, user.Conversation.User.Id);
        var stored = await store.GetDraftAsync(userKey, hubId, CancellationToken.None);
        Assert.Equal("7", stored!.Draft.AnswerTo("bi-success"));
    }

    [Theory]
    [InlineData(4, "scale")]
    [InlineData(0, "choice")]
    public async Task An_answer_longer_than_64_characters_is_refused_for_every_question_kind(int answered, string kind)
    {
        var user = await OnQuestionAsync(answered);
        var before = user.Card!;
        // 20,000 zeros then 7 is a number within the scale; a choice value padded the same way is no option either.
        var padded = new string('0', 20_000) + (kind == "scale" ? "7" : "yes");

        await user.ClickAsync(Next, padded);

        Assert.Contains($"«\u00A0{new string('0', 40)}…\u00A0» n'est pas une réponse possible", user.Text);
        Assert.Contains($"Question {answered + 1} sur 15", user.Text);
        await user.ClickAsync(Next, MaturityAnswers.First[user.CurrentQuestionId()], card: before);
        Assert.Contains($"Question {answered + 2} sur 15", user.Text);
    }

    [Theory]
    [InlineData("questionId", StaleNotice)]
    [InlineData("draftId", "Cette évaluation n'existe plus.")]
    [InlineData("revision", StaleNotice)]
    public async Task A_forged_huge_id_in_a_question_action_is_refused_and_changes_nothing(string field, string notice)
    {
        var user = await OnQuestionAsync(2);
        var data = (JsonObject)user.Card.ExecuteActions().Single(a => a.Title == Next).Data.DeepClone();
        data[field] = new string('1', 100_000);
        data["answer"] = "yes";

        var result = await user.Conversation.ExecuteAsync(MaturityVerbs.Answer, data);

        Assert.Contains(notice, result.Card.AllText());
        Assert.Contains("Question 3 sur 15", result.Card.AllText());
    }

    [Fact]
    public async Task A_forged_value_on_save_and_quit_is_refused_too()
    {
        var user = await OnQuestionAsync(4);

        await user.ClickAsync(SaveAndQuit, "42");

        Assert.Contains("«\u00A042\u00A0» n'est pas une réponse possible", user.Text);
        Assert.Contains("Question 5 sur 15", user.Text);
    }

    [Fact]
    public async Task A_finished_assessment_resubmitted_shows_its_result_and_records_nothing_more()
    {
        var hubId = await fixture.NewHubAsync();
        var user = await OnQuestionAsync(14, hubId);
        var lastQuestion = user.Card!;
        await user.ClickAsync(Finish, "yes");
        Assert.Contains("Score : 20 / 33 (61 %)", user.Text);

        await user.ClickAsync(Finish, "no", card: lastQuestion);

        Assert.Contains("Cette évaluation est déjà terminée", user.Text);
        Assert.Contains("Score : 20 / 33 (61 %)", user.Text);
        await user.SayAsync("mes évaluations");
        Assert.Single(user.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.Result);
    }

    [Fact]
    public async Task An_unknown_hub_is_refused_and_the_membership_is_unchanged()
    {
        var user = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));
        await user.SayAsync("maturité");

        await user.ChooseHubAsync("atlantis");

        Assert.Contains("Ce hub n'existe pas ou plus", user.Text);
        Assert.Contains(user.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.SelectHub);
        var whoami = Assert.Single(await user.Conversation.SendAsync("qui suis-je"));
        Assert.Contains("hub : pas encore choisi", whoami["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_hub_in_a_question_action_changes_nothing()
    {
        var user = await OnQuestionAsync(2, "assurance");
        var data = (JsonObject)user.Card.ExecuteActions().Single(a => a.Title == Next).Data.DeepClone();
        data["hubId"] = "atlantis";
        data["answer"] = "yes";

        var result = await user.Conversation.ExecuteAsync(MaturityVerbs.Answer, data);

        Assert.Contains("Ce hub n'existe pas ou plus", result.Card.AllText());
        await user.SayAsync("maturité");
        Assert.Contains("Question 3 sur 15", user.Text);
        Assert.Contains("Hub : Assurance", user.Text);
    }

    [Fact]
    public async Task Picking_no_hub_asks_for_one()
    {
        var user = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));
        await user.SayAsync("maturité");

        await user.ClickAsync(Continue);

        Assert.Contains("Choisissez un hub dans la liste.", user.Text);
    }
}
