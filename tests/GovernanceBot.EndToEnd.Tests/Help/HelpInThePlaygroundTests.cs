using System.Diagnostics;
using GovernanceBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace GovernanceBot.EndToEnd.Tests.Help;

/// <summary>
/// The help feature as a Teams user meets it: the real bot, the real Agents Playground, clicks in
/// headless Chromium. The Playground stamps every activity "en-US", so the bot answers in English.
/// </summary>
public sealed class HelpInThePlaygroundTests(PlaygroundFixture playground, ITestOutputHelper output)
    : IClassFixture<PlaygroundFixture>
{
    private const string HelpIntro = "Here is what I can do";
    private const string DetailsTitle = "Available commands";

    private PlaygroundDriver Driver => playground.Driver;

    [Fact]
    public async Task Help_in_the_personal_chat_shows_the_help_card()
    {
        output.WriteLine(playground.Session.Timings);
        await Driver.OpenChatAsync(PlaygroundConfiguration.PersonalChatName);

        var stopwatch = Stopwatch.StartNew();
        var card = await Driver.SendAndWaitForCardAsync("help", HelpIntro);
        output.WriteLine($"help card shown {stopwatch.ElapsedMilliseconds} ms after sending");

        Assert.Contains("GovernanceBot", card.Text);
        Assert.Contains("Shows this card.", card.Text);
        Assert.Contains("Type \"help\"", card.Text);
        Assert.Contains("More details", card.Text);
        await Driver.ScreenshotAsync("e2e-help.png");
    }

    [Fact]
    public async Task More_details_replaces_the_help_card_in_place_with_the_command_list()
    {
        await Driver.OpenChatAsync(PlaygroundConfiguration.PersonalChatName);
        var help = await Driver.SendAndWaitForCardAsync("aide", HelpIntro);

        var stopwatch = Stopwatch.StartNew();
        await Driver.ClickActionAsync("More details", card: HelpIntro);
        var details = await Driver.WaitForCardAsync(DetailsTitle, newerThan: help.Index);
        output.WriteLine($"details card shown {stopwatch.ElapsedMilliseconds} ms after the click");

        Assert.Equal(help.Index, details.Index);
        Assert.Equal(help.CardsInChat, details.CardsInChat);
        Assert.Contains("Help (also: aide)", details.Text);
        Assert.DoesNotContain(HelpIntro, details.Text);
        await Driver.ScreenshotAsync("e2e-help-details.png");
    }
}
