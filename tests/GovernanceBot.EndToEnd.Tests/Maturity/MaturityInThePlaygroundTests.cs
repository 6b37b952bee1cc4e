using System.Diagnostics;
using GovernanceBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace GovernanceBot.EndToEnd.Tests.Maturity;

/// <summary>
/// A hub member completes the maturity questionnaire in the Agents Playground: hub choice, fifteen
/// questions answered on one card updated in place, then the result. The Playground speaks en-US.
/// </summary>
public sealed class MaturityInThePlaygroundTests(MaturityPlaygroundFixture playground, ITestOutputHelper output)
    : IClassFixture<MaturityPlaygroundFixture>
{
    private const string Hub = "Courrier & colis";
    private const string QuestionCard = "Data maturity assessment";

    /// <summary>Answers per question: all yes (12 × 2), BI success 7 (2), AI practice 1–3 years (2), 3–5 projects (2) = 30.</summary>
    private static readonly Dictionary<int, string> Answers = new()
    {
        [5] = "7",
        [6] = "1 to 3 years",
        [10] = "3 to 5",
    };

    private PlaygroundDriver Driver => playground.Driver;

    [Fact]
    public async Task A_hub_member_completes_an_assessment_on_one_card_and_sees_the_result()
    {
        await Driver.OpenChatAsync(PlaygroundConfiguration.PersonalChatName);
        var picker = await Driver.SendAndWaitForCardAsync("maturity", "Choose your hub");
        await Driver.SelectChoiceAsync(Hub, card: "Choose your hub");
        await Driver.ClickActionAsync("Continue", card: "Choose your hub");

        var clock = Stopwatch.StartNew();
        for (var number = 1; number <= 15; number++)
        {
            var progress = $"Question {number} of 15";
            var card = await Driver.WaitForCardAsync(progress);
            Assert.Equal(picker.Index, card.Index);
            Assert.Contains(Hub, card.Text);

            if (number == 5) await Driver.TypeIntoInputAsync("Your rating", Answers[number], card: progress);
            else await Driver.SelectChoiceAsync(Answers.GetValueOrDefault(number, "Yes"), card: progress);

            if (number == 6)
            {
                await Driver.ScreenshotAsync("e2e-maturity-question.png");
                await Driver.ScreenshotCardAsync(progress, "e2e-maturity-question-card.png");
            }
            await Driver.ClickActionAsync(number == 15 ? "Finish" : "Next", card: progress);
        }

        var result = await Driver.WaitForCardAsync("Maturity result");
        output.WriteLine($"15 answers and the result in {clock.ElapsedMilliseconds} ms");
        await Driver.ScreenshotAsync("e2e-maturity-result.png");
        await Driver.ScreenshotCardAsync("Maturity result", "e2e-maturity-result-card.png");

        Assert.Equal(picker.Index, result.Index);
        Assert.Contains(Hub, result.Text);
        Assert.Contains("Score: 30 / 33 (91", result.Text);
        Assert.Contains("Recommended actions", result.Text);
        Assert.DoesNotContain(QuestionCard, result.Text);
    }
}
