using GovernanceBot.Domain.Maturity;
using GovernanceBot.Maturity;
using Microsoft.Extensions.DependencyInjection;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Maturity;

public sealed class MaturityReportsTests(MaturityHostFixture fixture) : IClassFixture<MaturityHostFixture>
{
    private async Task<MaturityConversation> CompleteAsync(TestUser user, string hubId, IReadOnlyDictionary<string, string> answers)
    {
        var conversation = new MaturityConversation(fixture.Host.Conversation(user));
        await conversation.SayAsync("maturité");
        if (conversation.Card.ExecuteActions().Any(a => a.Verb == MaturityVerbs.SelectHub)) await conversation.ChooseHubAsync(hubId);
        await conversation.AnswerAsync(answers, 15);
        return conversation;
    }

    [Fact]
    public async Task My_assessments_lists_the_hubs_finished_assessments_newest_first()
    {
        var hubId = await fixture.NewHubAsync();
        var user = MaturityHostFixture.NewUser();
        await CompleteAsync(user, hubId, MaturityAnswers.First);
        var member = await CompleteAsync(user, hubId, MaturityAnswers.Second);

        await member.SayAsync("mes évaluations");

        Assert.Contains("Historique de maturité", member.Text);
        var rows = member.Card.ExecuteActions().Where(a => a.Verb == MaturityVerbs.Result).ToList();
        Assert.Equal(2, rows.Count);
        var text = member.Text;
        Assert.True(text.IndexOf("25 / 33 (76 %)", StringComparison.Ordinal) < text.IndexOf("20 / 33 (61 %)", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task View_from_the_history_shows_that_assessments_result()
    {
        var hubId = await fixture.NewHubAsync();
        var user = MaturityHostFixture.NewUser();
        await CompleteAsync(user, hubId, MaturityAnswers.First);
        var member = await CompleteAsync(user, hubId, MaturityAnswers.Second);
        await member.SayAsync("my assessments");
        var oldest = member.Card.ExecuteActions().Where(a => a.Verb == MaturityVerbs.Result).Last();

        var result = await member.Conversation.ExecuteAsync(oldest.Verb, (System.Text.Json.Nodes.JsonObject)oldest.Data.DeepClone());

        Assert.Contains("Score : 20 / 33 (61 %)", result.Card.AllText());
        Assert.Contains("Première évaluation de ce hub", result.Card.AllText());
    }

    [Fact]
    public async Task An_assessment_older_than_the_history_page_is_compared_with_the_one_before_it()
    {
        var hubId = await fixture.NewHubAsync();
        var definition = fixture.Host.Services.GetRequiredService<QuestionnaireDefinition>();
        var store = fixture.Host.Services.GetRequiredService<MaturityStore>();
        var firstDay = new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.Zero);
        var assessments = new List<CompletedAssessment>();
        for (var week = 0; week < MaturityReports.HistoryLength + 2; week++)
        {
            var completed = Completed(definition, hubId, week == 0 ? MaturityAnswers.First : MaturityAnswers.Second, firstDay.AddDays(7 * week));
            await store.AddCompletedAsync(completed, CancellationToken.None);
            assessments.Add(completed);
        }
        var member = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));
        await member.SayAsync("maturité");
        await member.ChooseHubAsync(hubId);

        var second = await member.Conversation.ExecuteAsync(MaturityVerbs.Result, new() { ["hubId"] = hubId, ["assessmentId"] = assessments[1].Id.ToString("N") });
        var first = await member.Conversation.ExecuteAsync(MaturityVerbs.Result, new() { ["hubId"] = hubId, ["assessmentId"] = assessments[0].Id.ToString("N") });

        Assert.Contains("Évolution depuis le 8 janvier 2024", second.Card.AllText());
        Assert.Contains("Total : +5 points", second.Card.AllText());
        Assert.Contains("Première évaluation de ce hub", first.Card.AllText());
    }

    private static CompletedAssessment Completed(QuestionnaireDefinition definition, string hubId, IReadOnlyDictionary<string, string> answers, DateTimeOffset at)
    {
        var draft = AssessmentDraft.Start(definition, Guid.NewGuid(), hubId, "seeded-respondent", at);
        foreach (var question in definition.Questions)
            draft = draft.Answer(definition, answers[question.Id], at).Next(definition, at);
        return draft.Complete(definition, "Répondant", at);
    }

    [Fact]
    public async Task A_member_cannot_read_another_hubs_history()
    {
        var ownHub = await fixture.NewHubAsync();
        var otherHub = await fixture.NewHubAsync();
        var member = await CompleteAsync(MaturityHostFixture.NewUser(), ownHub, MaturityAnswers.First);

        var result = await member.Conversation.ExecuteAsync(MaturityVerbs.History, new() { ["hubId"] = otherHub });

        Assert.Equal("Vous ne pouvez consulter que l'historique de votre hub.", result.Message);
    }

    [Fact]
    public async Task My_assessments_before_choosing_a_hub_says_to_choose_one()
    {
        var user = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));

        var reply = await user.SayAsync("mes évaluations");

        Assert.Equal("Choisissez d'abord votre hub : tapez «\u00A0maturité\u00A0».", reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_all_hubs_view_is_refused_to_a_hub_member()
    {
        var member = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));

        var reply = await member.SayAsync("synthèse maturité");

        Assert.Equal("La vue de tous les hubs est réservée à l'équipe centrale, au Copil et aux administrateurs.", reply["text"]!.GetValue<string>());
        Assert.Null(reply.Card());
    }

    [Theory]
    [InlineData("central team")]
    [InlineData("copil")]
    public async Task Central_team_and_copil_see_every_hubs_latest_score_side_by_side(string role)
    {
        var hubId = await fixture.NewHubAsync();
        var user = MaturityHostFixture.NewUser();
        await CompleteAsync(user, hubId, MaturityAnswers.First);
        await CompleteAsync(user, hubId, MaturityAnswers.Second);
        var viewer = role == "copil" ? MaturityHostFixture.CopilMember : MaturityHostFixture.CentralTeamMember;

        var overview = new MaturityConversation(fixture.Host.Conversation(viewer, "en-GB"));
        await overview.SayAsync("maturity overview");

        var text = overview.Text;
        Assert.Contains("Hubs' data maturity", text);
        Assert.Contains("Banque de détail", text);
        Assert.Contains("Assurance", text);
        Assert.Contains($"Hub {hubId[4..]}", text);
        Assert.Contains("25 / 33 (76%) · Solid assets", text);
        Assert.DoesNotContain("20 / 33 (61%)", text);
        Assert.Contains(overview.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.History && a.Data["hubId"]!.GetValue<string>() == hubId);
    }

    [Fact]
    public async Task The_central_team_can_open_any_hubs_history_from_the_overview()
    {
        var hubId = await fixture.NewHubAsync();
        await CompleteAsync(MaturityHostFixture.NewUser(), hubId, MaturityAnswers.First);
        var central = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.CentralTeamMember));
        await central.SayAsync("synthèse maturité");
        var history = central.Card.ExecuteActions().Single(a => a.Verb == MaturityVerbs.History && a.Data["hubId"]!.GetValue<string>() == hubId);

        var result = await central.Conversation.ExecuteAsync(history.Verb, (System.Text.Json.Nodes.JsonObject)history.Data.DeepClone());

        Assert.Contains("20 / 33 (61 %)", result.Card.AllText());
        Assert.Contains(result.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.Overview);
    }
}
