using GovernanceBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace GovernanceBot.EndToEnd.Tests.Newsletter;

/// <summary>The zero-configuration bot with demo data and the Playground's user in the comms team.</summary>
public sealed class NewsletterPlaygroundFixture : PlaygroundFixture
{
    protected override IReadOnlyDictionary<string, string?> BotEnvironment(PlaygroundConfiguration configuration) =>
        new Dictionary<string, string?> { ["Demo__Enabled"] = "true", ["Roles__Comms__0"] = configuration.CurrentUser.AadObjectId };
}

/// <summary>
/// A comms member drafts the newsletter in the Agents Playground, adds a section through the card's text inputs,
/// approves it and opens the schedule form, all on one card updated in place (the Playground speaks en-US).
/// The Playground cannot show the channel post itself: it offers no channel the bot can start a thread in
/// (proactive POST v3/conversations), so the send is asserted at the loopback connector in NewsletterDeliveryTests.
/// </summary>
public sealed class NewsletterInThePlaygroundTests(NewsletterPlaygroundFixture playground, ITestOutputHelper output)
    : IClassFixture<NewsletterPlaygroundFixture>
{
    private const string Editor = "Data Science Info newsletter";

    private PlaygroundDriver Driver => playground.Driver;

    [Fact]
    public async Task A_comms_member_drafts_edits_approves_and_reaches_scheduling_on_one_card()
    {
        await Driver.OpenChatAsync(PlaygroundConfiguration.PersonalChatName);
        var draft = await Driver.SendAndWaitForCardAsync("newsletter", Editor);
        Assert.Contains("Draft written from the quarter's facts", draft.Text);
        Assert.Contains("Coming up", draft.Text);
        Assert.Contains("Sources:", draft.Text);

        await Driver.ClickActionAsync("Add a section", card: Editor);
        await Driver.WaitForCardAsync("New section");
        await Driver.TypeIntoInputAsync("Title", "Editor's note", card: "New section");
        await Driver.TypeIntoInputAsync("Text", "Enjoy the read and tell us what you would like next quarter.", card: "New section");
        await Driver.ClickActionAsync("Add", card: "New section");
        var added = await Driver.WaitForCardAsync("Section added at the end of the issue.");
        Assert.Contains("Editor's note", added.Text);

        await Driver.ClickActionAsync("Approve this text", card: "Section added");
        var approved = await Driver.WaitForCardAsync("Approval recorded for this exact text.");
        Assert.Contains("Approved by", approved.Text);

        await Driver.ClickActionAsync("Schedule…", card: "Approval recorded");
        var schedule = await Driver.WaitForCardAsync("Schedule the send");
        await Driver.ScreenshotCardAsync("Schedule the send", "e2e-newsletter-schedule-card.png");
        output.WriteLine(schedule.Text);

        Assert.Equal(draft.Index, schedule.Index);
        Assert.Contains("Time in Europe/Paris.", schedule.Text);
        Assert.Contains("No channel is registered for the newsletter", schedule.Text);
    }
}
