using GovernanceBot.Maturity;
using GovernanceBot.Tests.Infrastructure;
using static GovernanceBot.Tests.Maturity.MaturityConversation.Texts;

namespace GovernanceBot.Tests.Maturity;

public sealed class MaturityFlowTests(MaturityHostFixture fixture) : IClassFixture<MaturityHostFixture>
{
    private static readonly GovernanceBot.Domain.Maturity.QuestionnaireDefinition Definition = QuestionnaireLoader.Load(new MaturityOptions());

    private MaturityConversation NewUser(string locale = "fr-FR") =>
        new(fixture.Host.Conversation(MaturityHostFixture.NewUser(), locale));

    private async Task<MaturityConversation> OnFirstQuestionAsync(string? hubId = null)
    {
        var user = NewUser();
        await user.SayAsync("maturité");
        await user.ChooseHubAsync(hubId ?? await fixture.NewHubAsync());
        return user;
    }

    [Fact]
    public async Task First_use_asks_for_the_hub_among_the_stored_hubs_then_shows_question_1_of_15()
    {
        var user = NewUser();

        await user.SayAsync("maturité");

        Assert.Contains("Choisissez votre hub", user.Text);
        Assert.Contains("Banque de détail", user.Text);
        Assert.Contains("Assurance", user.Text);

        await user.ChooseHubAsync("banque-de-detail");

        Assert.Contains("Question 1 sur 15", user.Text);
        Assert.Contains("Catégorie : Données", user.Text);
        Assert.Contains("Hub : Banque de détail", user.Text);
        Assert.Contains(Definition.Questions[0].Text.Fr, user.Text);
    }

    [Fact]
    public async Task The_hub_choice_is_remembered()
    {
        var user = await OnFirstQuestionAsync("assurance");

        await user.SayAsync("maturity");

        Assert.Contains("Question 1 sur 15", user.Text);
        Assert.Contains("Hub : Assurance", user.Text);
    }

    [Fact]
    public async Task Answering_all_15_questions_shows_score_percentage_bracket_categories_and_actions()
    {
        var user = await OnFirstQuestionAsync();

        await user.AnswerAsync(MaturityAnswers.First, 14);
        Assert.Contains("Question 15 sur 15", user.Text);
        await user.AnswerAsync(MaturityAnswers.First, 1);

        var text = user.Text;
        Assert.Contains("Score : 20 / 33 (61 %)", text);
        Assert.Contains("Niveau : De bons atouts", text);
        var categories = CardJsonSearch.Objects(user.Card!).Single(o => (string?)o["id"] == "categoryBars");
        Assert.Equal(["Données", "9 / 16 (56 %)", "Data science", "5 / 9 (56 %)", "Métier et culture", "6 / 8 (75 %)"], CardJsonSearch.Texts(categories).Where(t => !t.Contains('█')));
        Assert.Equal([56, 56, 75], CardJsonSearch.OfType(categories, "ProgressBar").Select(b => (double)b["value"]!));
        Assert.Contains("Actions recommandées", text);
        Assert.Contains(Definition.FindBracket("developing")!.Actions[0].Fr, text);
        Assert.Contains("Au vu de vos réponses les plus faibles", text);
        Assert.Contains(Definition.Question("lineage").WeakAnswer!.Action.Fr, text);
        Assert.Contains("Première évaluation de ce hub", text);
    }

    [Fact]
    public async Task The_questionnaire_is_in_english_for_an_english_locale()
    {
        var user = NewUser("en-US");
        await user.SayAsync("maturity");
        await user.ClickAsync("Continue", new System.Text.Json.Nodes.JsonObject { [MaturityActionData.HubInput] = "assurance" });

        Assert.Contains("Question 1 of 15", user.Text);
        Assert.Contains(Definition.Questions[0].Text.En, user.Text);
        Assert.Equal(["Next", "Save and quit"], user.Card.ExecuteActions().Select(a => a.Title));
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question_showing_the_saved_answer_and_next_keeps_it()
    {
        var user = await OnFirstQuestionAsync();
        await user.AnswerAsync(MaturityAnswers.First, 5);
        Assert.Contains("Question 6 sur 15", user.Text);

        await user.ClickAsync(Back);

        Assert.Contains("Question 5 sur 15", user.Text);
        Assert.Equal("7", user.CurrentInputValue());

        await user.ClickAsync(Next, "9");
        await user.ClickAsync(Back);
        Assert.Equal("9", user.CurrentInputValue());
    }

    [Fact]
    public async Task Next_without_an_answer_asks_for_one_and_stays()
    {
        var user = await OnFirstQuestionAsync();

        await user.ClickAsync(Next);

        Assert.Contains("Choisissez une réponse avant de continuer.", user.Text);
        Assert.Contains("Question 1 sur 15", user.Text);
    }

    [Fact]
    public async Task Save_and_quit_keeps_every_answer_and_resume_continues_where_the_user_stopped()
    {
        var user = await OnFirstQuestionAsync();
        await user.AnswerAsync(MaturityAnswers.First, 3);

        await user.ClickAsync(SaveAndQuit, "partly");

        Assert.Contains("Évaluation enregistrée", user.Text);
        Assert.Contains("(4 questions sur 15)", user.Text);

        await user.ClickAsync(Resume);

        Assert.Contains("Question 4 sur 15", user.Text);
        Assert.Contains("Reprise là où vous vous étiez arrêté.", user.Text);
        Assert.Equal("partly", user.CurrentInputValue());
    }

    [Fact]
    public async Task A_second_assessment_is_compared_with_the_previous_one_in_total_and_per_category()
    {
        var hubId = await fixture.NewHubAsync();
        var first = await OnFirstQuestionAsync(hubId);
        await first.AnswerAsync(MaturityAnswers.First, 15);

        var second = await OnFirstQuestionAsync(hubId);
        await second.AnswerAsync(MaturityAnswers.Second, 15);

        var text = second.Text;
        Assert.Contains("Score : 25 / 33 (76 %)", text);
        Assert.Contains("Évolution depuis le", text);
        Assert.Contains("Total : +5 points (+15 points de pourcentage)", text);
        Assert.Contains("+2 (9 → 11 / 16)", text);
        Assert.Contains("+2 (5 → 7 / 9)", text);
        Assert.Contains("+1 (6 → 7 / 8)", text);
    }

    [Fact]
    public async Task New_assessment_from_the_result_card_starts_again_at_question_1()
    {
        var user = await OnFirstQuestionAsync();
        await user.AnswerAsync(MaturityAnswers.First, 15);

        await user.ClickAsync(NewAssessment);

        Assert.Contains("Question 1 sur 15", user.Text);
        Assert.Null(user.CurrentInputValue());
    }

    [Fact]
    public async Task Typed_text_commands_send_a_new_card_rather_than_an_invoke_answer()
    {
        var user = NewUser();

        var reply = await user.SayAsync("évaluation");

        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.NotNull(reply.Card());
        Assert.Contains(user.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.SelectHub);
    }
}
