using System.Text.Json.Nodes;
using GovernanceBot.Conversations;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Conversations;

/// <summary>What later proactive posts need is stored when the bot joins a conversation.</summary>
public sealed class ConversationTrackingTests : IClassFixture<BotTestHostFixture>
{
    private readonly BotTestHost _host;

    public ConversationTrackingTests(BotTestHostFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task Being_added_to_a_team_channel_stores_its_reference()
    {
        var (conversation, update) = BotAddedToChannel(TestUser.Alice, "19:copil-channel@thread.tacv2");
        update["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = "Data Science" },
            ["channel"] = new JsonObject { ["id"] = "19:copil-channel@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };

        await conversation.PostForRepliesAsync(update);

        var store = _host.Services.GetRequiredService<ConversationReferenceStore>();
        var saved = await store.FindAsync("channel", "19:copil-channel@thread.tacv2", CancellationToken.None);
        Assert.NotNull(saved);
        Assert.Equal(TestConversation.DefaultServiceUrl, saved.ServiceUrl);
        Assert.Equal("19:team-general@thread.tacv2", saved.TeamId);
        Assert.Equal("Data Science", saved.TeamName);
        Assert.Equal("tenant-1", saved.TenantId);
        Assert.True(saved.Installed);
    }

    [Fact]
    public async Task A_personal_install_is_findable_by_the_users_entra_id_and_an_uninstall_is_remembered()
    {
        var conversation = _host.Conversation(TestUser.Chloe);
        var install = conversation.NewActivity("installationUpdate");
        install["action"] = "add";
        await conversation.PostForRepliesAsync(install);

        var store = _host.Services.GetRequiredService<ConversationReferenceStore>();
        var saved = await store.FindPersonalChatAsync(TestUser.Chloe.AadObjectId, CancellationToken.None);
        Assert.Equal(conversation.ConversationId, saved?.ConversationId);

        var uninstall = conversation.NewActivity("installationUpdate");
        uninstall["action"] = "remove";
        await conversation.PostForRepliesAsync(uninstall);
        Assert.False((await store.FindPersonalChatAsync(TestUser.Chloe.AadObjectId, CancellationToken.None))!.Installed);
    }

    [Fact]
    public async Task An_unknown_conversation_type_is_classified_not_stored_as_given_and_nothing_is_posted()
    {
        var conversation = new TestConversation(_host.CreateClient(), TestUser.Bruno, "fr-FR")
        {
            ConversationId = "19:odd@thread.v2",
            ConversationType = "a/b",
        };
        var update = conversation.NewActivity("conversationUpdate");
        update["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" } };

        var replies = await conversation.PostForRepliesAsync(update);

        Assert.Empty(replies);
        var store = _host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.NotNull(await store.FindAsync("channel", "19:odd@thread.v2", CancellationToken.None));
    }

    [Fact]
    public async Task A_reference_too_large_for_table_storage_is_not_stored_and_the_event_still_answers_quietly()
    {
        var conversation = new TestConversation(_host.CreateClient(), TestUser.Bruno, "fr-FR") { ConversationId = "a:oversized-reference" };
        var update = conversation.NewActivity("conversationUpdate");
        update["from"]!["name"] = new string('n', 40_000);

        var replies = await conversation.PostForRepliesAsync(update);

        Assert.Empty(replies);
        var store = _host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await store.FindAsync("personal", "a:oversized-reference", CancellationToken.None));
    }

    [Fact]
    public async Task A_team_id_too_large_for_table_storage_is_not_tracked_and_the_event_still_answers_quietly()
    {
        var (conversation, update) = BotAddedToChannel(TestUser.Bruno, "19:oversized-team@thread.tacv2");
        update["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = "19:" + new string('t', 40_000) } };

        var replies = await conversation.PostForRepliesAsync(update);

        Assert.Empty(replies);
        Assert.Contains(_host.Log.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Team event not tracked", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Log.Entries, e => e.Level >= LogLevel.Error);
    }

    /// <summary>The conversationUpdate Teams sends when the bot is added to a team channel (channel data left to the test).</summary>
    private (TestConversation Conversation, JsonObject Update) BotAddedToChannel(TestUser user, string channelId)
    {
        var conversation = new TestConversation(_host.CreateClient(), user, "fr-FR") { ConversationId = channelId, ConversationType = "channel" };
        var update = conversation.NewActivity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:governancebot" });
        return (conversation, update);
    }
}
