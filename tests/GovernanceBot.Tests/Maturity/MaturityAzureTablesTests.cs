using System.Text.Json.Nodes;
using GovernanceBot.Maturity;
using GovernanceBot.TestSupport;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Maturity;

/// <summary>
/// The questionnaire on real Azure Table Storage (Azurite), through a proxy that can lose a response:
/// the failures only that provider produces.
/// </summary>
public sealed class MaturityAzureTablesTests : IAsyncLifetime
{
    private AzuriteProcess _azurite = null!;
    private ResponseLosingTableProxy _proxy = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        _proxy = await ResponseLosingTableProxy.StartAsync($"http://127.0.0.1:{_azurite.Port}", MaturityStore.AssessmentsTable);
        var settings = MaturityHostFixture.RoleSettings;
        settings["Storage:Provider"] = "AzureTables";
        settings["Storage:ConnectionString"] =
            $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};TableEndpoint={_proxy.Endpoint}/{AzuriteProcess.AccountName};";
        settings["Storage:Retry:Delay"] = "00:00:00.050";
        _host = new BotTestHost(settings);
        await MaturityHostFixture.CreateHubsAsync(_host);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _proxy.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Finishing_when_the_stored_results_answer_was_lost_still_shows_the_result_once()
    {
        var user = new MaturityConversation(_host.Conversation(MaturityHostFixture.NewUser()));
        await user.SayAsync("maturité");
        await user.ChooseHubAsync("assurance");

        await user.AnswerAsync(MaturityAnswers.First, 15);

        Assert.Equal(1, _proxy.LostResponses);
        Assert.Contains("Score : 20 / 33 (61 %)", user.Text);
        await user.SayAsync("maturité");
        Assert.Contains("Question 1 sur 15", user.Text);
        Assert.DoesNotContain("Reprise", user.Text);
        await user.SayAsync("mes évaluations");
        Assert.Single(user.Card.ExecuteActions(), a => a.Verb == MaturityVerbs.Result);
    }

    [Fact]
    public async Task A_forged_huge_hub_id_is_refused_without_reaching_storage()
    {
        var user = new MaturityConversation(_host.Conversation(MaturityHostFixture.NewUser()));
        await user.SayAsync("maturité");
        await user.ChooseHubAsync("assurance");
        var data = (JsonObject)user.Card.ExecuteActions().Single(a => a.Verb == MaturityVerbs.Answer).Data.DeepClone();
        data["hubId"] = new string('a', 100_000);
        data["answer"] = "yes";

        var result = await user.Conversation.ExecuteAsync(MaturityVerbs.Answer, data);

        Assert.Contains("Ce hub n'existe pas ou plus", result.Card.AllText());
        await user.SayAsync("maturité");
        Assert.Contains("Question 1 sur 15", user.Text);
    }
}
