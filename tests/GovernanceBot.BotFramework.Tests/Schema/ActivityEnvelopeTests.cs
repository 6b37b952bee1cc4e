using System.Text;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Tests.Schema;

public sealed class ActivityEnvelopeTests
{
    [Fact]
    public void Channel_and_service_url_are_read_from_the_top_level_only()
    {
        var envelope = Read("""{"type":"message","value":{"channelId":"nested"},"ChannelID":"msteams","serviceUrl":"https://smba/emea/"}""");
        Assert.Equal("msteams", envelope.ChannelId);
        Assert.Equal("https://smba/emea/", envelope.ServiceUrl);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1]")]
    [InlineData("")]
    [InlineData("""{"channelId":"msteams","serviceUrl":"https://a/","channelId":"slack"}""")]
    [InlineData("""{"channelId":42,"serviceUrl":{"x":1}}""")]
    [InlineData("""{"channelId":"\ud800","serviceUrl":"https://a/"}""")]
    public void Anything_unreadable_or_ambiguous_leaves_the_channel_unknown(string body) =>
        Assert.Null(Read(body).ChannelId);

    private static ActivityEnvelope Read(string body) => ActivityEnvelope.Read(Encoding.UTF8.GetBytes(body));
}
