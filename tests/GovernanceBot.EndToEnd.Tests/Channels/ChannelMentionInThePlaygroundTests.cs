using GovernanceBot.TestSupport.Playground;

namespace GovernanceBot.EndToEnd.Tests.Channels;

/// <summary>
/// In a team channel the bot only hears messages that @mention it: the mention is stripped before the
/// command is matched, the questionnaire politely moves to a private chat, and any other text is a question
/// for the catalogues, answered in the channel.
/// </summary>
public sealed class ChannelMentionInThePlaygroundTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private PlaygroundDriver Driver => playground.Driver;

    private string Channel => playground.Session.Configuration.Channel.Name;

    private string Bot => playground.Session.Configuration.BotName;

    [Fact]
    public async Task Mentioning_the_bot_with_help_in_a_channel_shows_the_help_card()
    {
        await Driver.OpenChatAsync(Channel);

        var card = await Driver.SendAndWaitForCardAsync("help", "Here is what I can do", mention: Bot);

        Assert.DoesNotContain("didn't understand", card.Text);
        await Driver.ScreenshotAsync("e2e-channel-help.png");
    }

    [Fact]
    public async Task The_questionnaire_asked_for_in_a_channel_is_sent_to_a_private_chat()
    {
        await Driver.OpenChatAsync(Channel);

        await Driver.SendAsync("maturity", mention: Bot);
        await Driver.WaitForTextAsync("open a one-to-one chat with the bot");
        await Driver.ScreenshotAsync("e2e-channel-maturity.png");
    }

    [Fact]
    public async Task A_question_mentioning_the_bot_in_a_channel_gets_an_answer_citing_the_record()
    {
        await Driver.OpenChatAsync(Channel);

        var card = await Driver.SendAndWaitForCardAsync("who do I contact about delivery time estimation?", "GRP-COLIS", mention: Bot);

        Assert.Contains("karim.benali@example.org", card.Text);
        await Driver.ScreenshotAsync("e2e-channel-question.png");
    }
}
