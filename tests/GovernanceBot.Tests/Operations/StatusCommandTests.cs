using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Identity;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Operations;

/// <summary>"état" / "status" through the bot's HTTP endpoint, on a bot whose sender is off so the queued posts stay queued.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private readonly BotTestHost _host;

    public StatusCommandTests()
    {
        var settings = MaturityHostFixture.RoleSettings;
        settings["Delivery:Enabled"] = "false";
        _host = new BotTestHost(settings);
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_admin_sees_version_storage_llm_an_idle_outbox_no_throttling_and_no_runs_yet()
    {
        var status = await SayAsync(_host.Conversation(MaturityHostFixture.Admin), "état");

        Assert.StartsWith("**État du bot** (instance ", status);
        Assert.Matches(@"- Version : \d+\.\d+", status);
        Assert.Matches(@"- Stockage : SQLite, répond en \d+ ms", status);
        Assert.Contains("- LLM : non configuré", status);
        Assert.Contains("- Envois : rien en attente (envois et planifications désactivés sur cette instance)", status);
        Assert.Contains("- Limitation par Teams : aucune", status);
        Assert.Contains("- Planifications : aucune exécution encore", status);
        Assert.Contains("- Télémétrie : désactivée", status);
    }

    [Fact]
    public async Task The_backlog_the_closed_throttle_gate_and_the_last_runs_are_shown_in_english_too()
    {
        var now = DateTimeOffset.UtcNow;
        var services = _host.Services;
        var target = new DeliveryTarget(false, "http://127.0.0.1:9/", "a:personal-x", "28:bot", "tenant-1", "x");
        await services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboxOccurrence("status-test@1", "Rappel", null, null, null, Language.French, now.AddMinutes(-5), null, false),
            [new OutboxMessage("u1", target, new OutboxContent("a", null, null)), new OutboxMessage("u2", target with { ConversationId = "a:personal-y" }, new OutboxContent("b", null, null))],
            CancellationToken.None);
        await services.GetRequiredService<DeliveryThrottleStore>().RaiseGateAsync(now.AddMinutes(10), CancellationToken.None);
        var job = new ScheduledJob("j0a1b2c", ReminderJobHandler.Type, "Copil reminder", FriendlySchedule.Parse("tous les jours à 9h"), "tous les jours à 9h", "copil",
            "x", Role.Copil, "admin", Language.English, false, now.AddDays(1), now.AddMinutes(-30), now.AddMinutes(-31), true, 0, now.AddDays(-2));
        await services.GetRequiredService<ScheduleStore>().AddAsync(job, CancellationToken.None);

        var status = await SayAsync(_host.Conversation(MaturityHostFixture.Admin, "en-US"), "status");

        Assert.Contains("- Outbox: 2 waiting, 0 sending, 0 failed in 1 open batch(es), the oldest for 5 min", status);
        Assert.Contains($"- Teams throttling: sending paused until {now.AddMinutes(10).UtcDateTime:dd/MM/yyyy HH:mm}", status);
        Assert.Contains("- Last scheduled runs:", status);
        Assert.Contains($"  - j0a1b2c Copil reminder: {now.AddMinutes(-30).UtcDateTime:dd/MM/yyyy HH:mm}", status);
        Assert.Contains(", late", status);
    }

    [Fact]
    public async Task Others_are_refused_and_a_channel_is_told_to_ask_in_private()
    {
        Assert.Equal("Seuls les administrateurs voient l'état du bot.", await SayAsync(_host.Conversation(MaturityHostFixture.CentralTeamMember), "état"));
        var channel = new TestConversation(_host.CreateClient(), MaturityHostFixture.Admin, "fr-FR") { ConversationId = "19:ops@thread.tacv2", ConversationType = "channel" };
        Assert.Equal("L'état du bot se consulte en conversation privée avec le bot.", await SayAsync(channel, "état"));
    }

    [Fact]
    public async Task Delivery_status_still_reaches_its_own_command()
    {
        Assert.DoesNotContain("État du bot", await SayAsync(_host.Conversation(MaturityHostFixture.Admin), "état des envois"));
    }

    private static async Task<string> SayAsync(TestConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text)).Select(r => r["text"]?.GetValue<string>() ?? ""));
}
