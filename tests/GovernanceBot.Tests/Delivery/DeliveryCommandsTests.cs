using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Loopback;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;

namespace GovernanceBot.Tests.Delivery;

/// <summary>Through the bot's HTTP endpoint: an admin registers a channel, schedules a reminder, runs it now and sees it delivered.</summary>
public sealed class DeliveryCommandsTests : IAsyncLifetime
{
    private const string CopilChannel = "19:copil-channel@thread.tacv2";
    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.DistinctActivityIds = true;
        var settings = MaturityHostFixture.RoleSettings;
        settings["Delivery:PollInterval"] = "00:00:00.200";
        _host = new BotTestHost(settings);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task An_admin_registers_a_channel_schedules_a_reminder_and_runs_it_into_a_new_thread()
    {
        Assert.StartsWith("Ce canal reçoit désormais les envois", await SayAsync(Channel(MaturityHostFixture.Admin), "enregistrer copil"));
        Assert.Contains("copil : Copil (Data Science)", await SayAsync(Personal(MaturityHostFixture.Admin), "canaux"));

        var scheduled = await SayAsync(Personal(MaturityHostFixture.Admin), "planifier copil le premier mardi du mois à 9h : Pensez à l'ordre du jour");
        var id = System.Text.RegularExpressions.Regex.Match(scheduled, @"\[(j[0-9a-f]{6})\]").Groups[1].Value;
        Assert.StartsWith($"Planifié [{id}]", scheduled);
        Assert.Contains(id, await SayAsync(Personal(MaturityHostFixture.Admin), "planifications"));

        Assert.Contains("lancée maintenant", await SayAsync(Personal(MaturityHostFixture.Admin), $"exécuter planification {id}"));
        var post = await WaitForPostAsync();
        Assert.Equal("/v3/conversations", post.Request.RawTarget);
        Assert.Equal(CopilChannel, post.ConversationId);
        Assert.Equal("Pensez à l'ordre du jour", post.Request.Json!["activity"]!["text"]!.GetValue<string>());

        await WaitUntilAsync(async () => (await SayAsync(Personal(MaturityHostFixture.Admin), "état des envois")).Contains("1 envoyé(s)"));
        Assert.Contains("en pause", await SayAsync(Personal(MaturityHostFixture.Admin), $"suspendre planification {id}"));
        Assert.Contains("(en pause)", await SayAsync(Personal(MaturityHostFixture.Admin), "planifications"));
        Assert.Contains("reprend", await SayAsync(Personal(MaturityHostFixture.Admin), $"reprendre planification {id}"));
        Assert.Contains("supprimée", await SayAsync(Personal(MaturityHostFixture.Admin), $"supprimer planification {id}"));
        Assert.StartsWith("Aucune planification", await SayAsync(Personal(MaturityHostFixture.Admin), "planifications"));
    }

    [Fact]
    public async Task Someone_without_the_role_can_neither_register_nor_schedule_nor_read_the_status()
    {
        var user = MaturityHostFixture.NewUser();

        Assert.Equal("Seuls les administrateurs désignent les canaux.", await SayAsync(Channel(user), "enregistrer copil"));
        Assert.StartsWith("Seuls les administrateurs et les rôles propriétaires", await SayAsync(Personal(user), "planifier copil tous les jours à 9h : x"));
        Assert.StartsWith("L'état des envois est réservé", await SayAsync(Personal(user), "état des envois"));
        Assert.StartsWith("Aucun canal enregistré", await SayAsync(Personal(MaturityHostFixture.Admin), "canaux"));
    }

    [Fact]
    public async Task Registering_from_a_personal_chat_or_for_an_unknown_purpose_explains_what_to_say()
    {
        Assert.StartsWith("Dites-le dans le canal à désigner", await SayAsync(Personal(MaturityHostFixture.Admin), "enregistrer copil"));
        Assert.StartsWith("Précisez l'usage", await SayAsync(Channel(MaturityHostFixture.Admin), "enregistrer partout"));
        Assert.StartsWith("Aucun hub", await SayAsync(Channel(MaturityHostFixture.Admin), "register hub Atlantis"));
    }

    [Fact]
    public async Task Unreadable_or_past_times_are_refused_and_nothing_is_scheduled()
    {
        Assert.StartsWith("Je ne sais pas lire ce moment", await SayAsync(Personal(MaturityHostFixture.Admin), "planifier copil bientôt : x"));
        Assert.Equal("Cette date est déjà passée.", await SayAsync(Personal(MaturityHostFixture.Admin), "planifier copil le 2020-01-01 à 9h : x"));
        Assert.StartsWith("Aucune planification", await SayAsync(Personal(MaturityHostFixture.Admin), "planifications"));
    }

    [Fact]
    public async Task A_deleted_channel_is_unregistered()
    {
        await SayAsync(Channel(MaturityHostFixture.Admin), "enregistrer copil");
        var channel = Channel(MaturityHostFixture.Admin);
        var deleted = channel.NewActivity("conversationUpdate");
        deleted["channelData"] = new JsonObject
        {
            ["eventType"] = "channelDeleted",
            ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = "Data Science" },
            ["channel"] = new JsonObject { ["id"] = CopilChannel, ["name"] = "Copil" },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };

        await channel.PostForRepliesAsync(deleted);

        Assert.StartsWith("Aucun canal enregistré", await SayAsync(Personal(MaturityHostFixture.Admin), "canaux"));
    }

    private TestConversation Personal(TestUser user) => _host.Conversation(user);

    private TestConversation Channel(TestUser user) => new(_host.CreateClient(), user, "fr-FR")
    {
        ConversationId = CopilChannel + ";messageid=1700000000001",
        ConversationType = "channel",
        ServiceUrl = _connector.ServiceUrl,
    };

    private static async Task<string> SayAsync(TestConversation conversation, string text)
    {
        var activity = conversation.NewActivity("message");
        activity["text"] = text;
        if (conversation.ConversationType == "channel")
        {
            activity["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = "Data Science" },
                ["channel"] = new JsonObject { ["id"] = CopilChannel, ["name"] = "Copil" },
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            };
        }
        var replies = await conversation.PostForRepliesAsync(activity);
        return string.Join("\n", replies.Select(r => r["text"]?.GetValue<string>() ?? ""));
    }

    private async Task<AnsweredRequest> WaitForPostAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_connector.Answered.FirstOrDefault(a => a.Request.RawTarget == "/v3/conversations") is { } post) return post;
            await Task.Delay(100);
        }
        throw new TimeoutException("The reminder never reached the connector.");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException();
            await Task.Delay(200);
        }
    }
}
