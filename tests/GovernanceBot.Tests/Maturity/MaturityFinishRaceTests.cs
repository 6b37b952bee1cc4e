using System.Net;
using GovernanceBot.Identity;
using GovernanceBot.Maturity;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Maturity;

/// <summary>
/// Many copies of the last question's card answered at once (double clicks, several open windows):
/// one of them finishes the assessment, the others are shown that result or the draft, and nothing else
/// is left behind — in particular no fresh empty draft started by a loser after the winner deleted the
/// finished one.
/// </summary>
public sealed class MaturityFinishRaceTests(MaturityHostFixture fixture) : IClassFixture<MaturityHostFixture>
{
    private const int Storms = 10;
    private const int Finishers = 50;

    [Fact]
    public async Task Fifty_concurrent_final_answers_leave_exactly_one_result_and_no_draft()
    {
        var store = fixture.Host.Services.GetRequiredService<MaturityStore>();
        for (var storm = 0; storm < Storms; storm++)
        {
            var hubId = await fixture.NewHubAsync();
            var person = MaturityHostFixture.NewUser();
            var user = new MaturityConversation(fixture.Host.Conversation(person));
            await user.SayAsync("maturité");
            await user.ChooseHubAsync(hubId);
            await user.AnswerAsync(MaturityAnswers.First, 14);
            Assert.Contains("Question 15 sur 15", user.Text);

            var finish = user.Card.ExecuteActions().Single(a => a.Verb == MaturityVerbs.Answer);
            var data = finish.Data;
            data[MaturityActionData.AnswerInput] = MaturityAnswers.First[user.CurrentQuestionId()];

            var results = await Task.WhenAll(Enumerable.Range(0, Finishers).Select(_ =>
                user.Conversation.ExecuteAsync(finish.Verb, (System.Text.Json.Nodes.JsonObject)data.DeepClone())));

            Assert.All(results, result => Assert.Equal(HttpStatusCode.OK, result.HttpStatus));
            Assert.All(results, result => Assert.DoesNotContain("Question 1 sur 15", result.Card.AllText()));
            Assert.Contains(results, result => result.Card.AllText().Contains("Score : 20 / 33", StringComparison.Ordinal));

            Assert.Single(await store.ListCompletedAsync(hubId, 10, default));
            Assert.Null(await store.GetDraftAsync(UserKeys.For(person.AadObjectId, person.Id), hubId, default));
        }
    }
}
