using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.UseCases;

namespace GovernanceBot.Tests.Copil;

public class CopilFlowTests(UseCaseHostFixture fixture) : IClassFixture<UseCaseHostFixture>
{
    private async Task SeedAsync(UseCase useCase) =>
        await fixture.Store.AddAsync(new UseCaseChange(useCase, new HistoryEntry(useCase.CreatedAt, useCase.Revision, "aad-alice", "Alice", HistoryEvent.Created, UseCaseState.Draft, useCase.State)), default);

    [Fact]
    public async Task A_copil_member_gets_the_ranked_priorities_with_the_quadrant_image()
    {
        await SeedAsync(CopilSamples.Evaluated("Fraud radar", Rating.High, FeasibilityVerdict.Feasible, 501, ratings: 5));
        await SeedAsync(CopilSamples.Evaluated("Mail sorter", Rating.Low, FeasibilityVerdict.NotFeasible, 502, ratings: 2));

        var replies = await fixture.Host.Conversation(UseCaseHostFixture.CopilMember).SendAsync("priorités");

        var card = Assert.Single(replies).Card();
        var text = card.AllText();
        Assert.True(text.IndexOf("Fraud radar", StringComparison.Ordinal) < text.IndexOf("Mail sorter", StringComparison.Ordinal));
        Assert.Contains("feuille de route court terme", text);
        Assert.Contains("data:image/png;base64,", card!.ToJsonString());
    }

    [Fact]
    public async Task A_hub_member_is_refused_priorities_and_kpis()
    {
        var conversation = fixture.Host.Conversation(TestUser.Alice);

        Assert.Contains("réservées", (await conversation.SendAsync("priorités")).Single()["text"]!.GetValue<string>());
        Assert.Contains("réservés", (await conversation.SendAsync("kpi")).Single()["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_standard_and_an_action_added_show_on_the_agenda_preview_and_kpis_answer()
    {
        var conversation = fixture.Host.Conversation(UseCaseHostFixture.Evaluator);

        var standard = (await conversation.SendAsync("norme ajouter Une fiche modèle par modèle")).Single()["text"]!.GetValue<string>();
        var action = (await conversation.SendAsync("action add Send the drift report")).Single()["text"]!.GetValue<string>();
        var usage = (await conversation.SendAsync("action ajouter")).Single()["text"]!.GetValue<string>();
        var agenda = (await conversation.SendAsync("ordre du jour")).Single().Card().AllText();
        var kpis = (await conversation.SendAsync("kpi")).Single().Card().AllText();

        Assert.Contains("Une fiche modèle par modèle", standard);
        Assert.Contains("Send the drift report", action);
        Assert.Contains("par exemple", usage);
        Assert.Contains("Une fiche modèle par modèle", agenda);
        Assert.Contains("Send the drift report", agenda);
        Assert.Contains("Conversion POC → production", kpis);
    }
}
