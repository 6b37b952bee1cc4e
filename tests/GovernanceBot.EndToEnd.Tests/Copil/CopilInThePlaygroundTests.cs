using System.Text.RegularExpressions;
using GovernanceBot.TestSupport.Playground;

namespace GovernanceBot.EndToEnd.Tests.Copil;

/// <summary>The bot with its demo data (an evaluated use case awaiting the Copil), and the Playground's user as admin, central team and Copil member.</summary>
public sealed class CopilPlaygroundFixture : PlaygroundFixture
{
    protected override IReadOnlyDictionary<string, string?> BotEnvironment(PlaygroundConfiguration configuration) => new Dictionary<string, string?>
    {
        ["Demo__Enabled"] = "true",
        ["Roles__Admins__0"] = configuration.CurrentUser.AadObjectId,
        ["Roles__CentralTeam__0"] = configuration.CurrentUser.AadObjectId,
        ["Roles__Copil__0"] = configuration.CurrentUser.AadObjectId,
        ["Delivery__PollInterval"] = "00:00:00.200",
    };
}

/// <summary>
/// A Copil in the Playground: the channel is registered for the Copil, a session is planned, its agenda job runs,
/// the agenda arrives in the channel as a new post with the decision card as a reply, and a decision taken on the
/// card shows on the card in place, without its buttons.
/// </summary>
public sealed partial class CopilInThePlaygroundTests(CopilPlaygroundFixture playground) : IClassFixture<CopilPlaygroundFixture>
{
    private const string EvaluatedDemoCase = "Prévision des volumes de colis par site";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    private PlaygroundDriver Driver => playground.Driver;

    [Fact]
    public async Task The_agenda_reaches_the_channel_and_a_decision_on_its_card_updates_the_card_in_place()
    {
        var channel = playground.Session.Configuration.Channel.Name;
        await Driver.OpenChatAsync(channel);
        await Driver.SendAsync("register copil", mention: playground.Session.Configuration.BotName);
        await Driver.WaitForTextAsync("This channel now receives");

        await Driver.OpenChatAsync(PlaygroundConfiguration.PersonalChatName);
        await Driver.SendAsync("copil schedule monthly on the 10 at 14h, agenda 3 days before, digest at 18h");
        // The message's end: the Playground's log panel also quotes the reply, cut short before it.
        var planned = await Driver.TextOfAsync("Digest at 18h the same day");
        var agendaJob = JobId().Match(planned).Groups[1].Value;
        await Driver.SendAsync($"run schedule {agendaJob}");
        await Driver.WaitForTextAsync("runs now");

        await Driver.OpenChatAsync(channel);
        await Driver.WaitForCardAsync("Copil agenda", timeout: Delivery);
        var decision = await Driver.WaitForCardAsync("Copil decision", timeout: Delivery);
        Assert.Contains(EvaluatedDemoCase, decision.Text);
        await Driver.ScreenshotAsync("e2e-copil-agenda.png", fullPage: true);

        await Driver.TypeIntoInputAsync("Roadmap rank", "1", card: EvaluatedDemoCase);
        await Driver.ClickActionAsync("Prioritise", card: EvaluatedDemoCase);

        var decided = await Driver.WaitForCardAsync("Prioritised (rank 1)", timeout: Delivery);
        Assert.Contains("Decided by", decided.Text);
        Assert.DoesNotContain("Reject", decided.Text);
        await Driver.ScreenshotCardAsync("Prioritised (rank 1)", "e2e-copil-decided.png");
    }

    [GeneratedRegex(@"\[(j[0-9a-f]{6})\]")]
    private static partial Regex JobId();
}
