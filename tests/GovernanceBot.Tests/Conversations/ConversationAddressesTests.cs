using GovernanceBot.Conversations;

namespace GovernanceBot.Tests.Conversations;

/// <summary>A stored reference gives the messenger the right place to post.</summary>
public sealed class ConversationAddressesTests
{
    [Fact]
    public void A_channel_saved_from_a_thread_starts_new_threads_in_the_channel_itself()
    {
        var reference = Reference("channel", "19:copil@thread.tacv2;messageid=1700000000001", teamsChannelId: null);

        var channel = reference.ToChannelAddress();

        Assert.Equal("19:copil@thread.tacv2", channel.TeamsChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", channel.ServiceUrl);
        Assert.Equal("28:bot", channel.BotId);
        Assert.Equal("tenant-1", channel.TenantId);
    }

    [Fact]
    public void The_channel_id_from_channel_data_wins_over_the_conversation_id()
    {
        var reference = Reference("channel", "19:general@thread.tacv2", teamsChannelId: "19:copil@thread.tacv2");

        Assert.Equal("19:copil@thread.tacv2", reference.ToChannelAddress().TeamsChannelId);
    }

    [Fact]
    public void A_personal_chat_is_addressed_as_the_conversation_and_is_no_channel()
    {
        var reference = Reference("personal", "a:1xchat", teamsChannelId: null);

        Assert.Equal("a:1xchat", reference.ToConversationAddress().ConversationId);
        Assert.Throws<ArgumentException>(() => reference.ToChannelAddress());
    }

    private static ConversationReference Reference(string type, string conversationId, string? teamsChannelId) => new(
        conversationId, type, "https://smba.trafficmanager.net/emea/", "msteams", "tenant-1", "19:team@thread.tacv2", "Data",
        teamsChannelId, "29:user", "aad-1", "Camille", "28:bot", DateTimeOffset.UnixEpoch, Installed: true);
}
