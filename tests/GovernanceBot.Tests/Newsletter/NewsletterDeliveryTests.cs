using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Newsletter;
using GovernanceBot.Newsletter.Cards;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Newsletter.NewsletterHost;

namespace GovernanceBot.Tests.Newsletter;

/// <summary>
/// Scheduling and sending through the real scheduler and outbox to a loopback Teams connector: the exact preview,
/// once per channel at its time, edits and cancellation before the send, and a thread when the issue is too large.
/// </summary>
public sealed class NewsletterDeliveryTests : IAsyncLifetime
{
    /// <summary>Teams refuses a message over about 28 KB.</summary>
    private const int TeamsMessageLimit = 28 * 1024;

    private NewsletterHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await NewsletterHost.StartAsync();
        Assert.StartsWith("Ce canal reçoit désormais les envois", await _bot.SayInChannelAsync(Admin, "enregistrer newsletter"));
        await _bot.SeedLiveAsync("Alerte attrition", 501, new DateOnly(2026, 10, 14));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_approved_issue_goes_out_once_per_channel_at_its_time_and_is_archived()
    {
        var scheduled = await ScheduleAsync(await ApproveAsync(await _bot.OpenAsync(Camille)), "2026-11-25", "09:00");
        Assert.Contains("Envoi planifié.", scheduled.AllText());
        Assert.Contains("Planifiée pour le 25 novembre 2026 à 09:00 (Europe/Paris), vers 1 canal(aux)", scheduled.AllText());

        await _bot.RunSchedulerAsync();
        await Task.Delay(600);
        Assert.Empty(ChannelPosts());

        _bot.Clock.Advance(TimeSpan.FromDays(6));
        await _bot.RunSchedulerAsync();
        var post = Assert.Single(await _bot.WaitForPostsAsync(1));
        Assert.Equal("/v3/conversations", post.Request.RawTarget);
        Assert.Equal(NewsletterChannel, post.ConversationId);
        var card = post.Request.Json!["activity"]!["attachments"]![0]!["content"]!;
        Assert.Contains("Data Science Info — T4 2026", card.AllText());
        Assert.Contains("Alerte attrition (UC-2026-0501", card.AllText());
        Assert.True(Encoding.UTF8.GetByteCount(post.Request.Body) < TeamsMessageLimit);

        // A replayed pass and a "run schedule" by hand send nothing more.
        await _bot.RunSchedulerAsync();
        await SayAsync(_bot.Personal(Camille), "exécuter planification " + NewsletterDelivery.JobId(new Quarter(2026, 4)));
        await Task.Delay(800);
        Assert.Single(ChannelPosts());

        await WaitUntilAsync(async () => (await SayAsync(_bot.Personal(Camille), "newsletters")).Contains("T4 2026 : Envoyée le 26 novembre 2026"));
        await WaitUntilAsync(async () => (await SayAsync(_bot.Personal(Camille), "newsletters")).Contains("Envoi : 1 canal(aux) servi(s), 0 en attente, 0 en échec."));
        var reopened = await _bot.OpenAsync(Camille);
        Assert.Contains("déjà parti", reopened.AllText());
        Assert.DoesNotContain(reopened.ExecuteActions(), a => a.Verb == NewsletterVerbs.EditSection);
    }

    [Fact]
    public async Task An_issue_edited_or_cancelled_before_its_time_does_not_go_out()
    {
        var scheduled = await ScheduleAsync(await ApproveAsync(await _bot.OpenAsync(Camille)), "2026-11-25", "09:00");
        var jobId = NewsletterDelivery.JobId(new Quarter(2026, 4));
        Assert.NotNull(await Schedules().GetAsync(jobId, default));

        var cancelled = (await _bot.ClickAsync(Camille, scheduled, NewsletterVerbs.CancelSchedule)).Card!;
        Assert.Contains("Envoi annulé", cancelled.AllText());
        Assert.Null(await Schedules().GetAsync(jobId, default));

        var rescheduled = await ScheduleAsync(cancelled, "2026-11-26", "10:30");
        Assert.Contains("26 novembre 2026 à 10:30 (Europe/Paris)", rescheduled.AllText());
        var form = (await _bot.ClickAsync(Camille, rescheduled, NewsletterVerbs.EditSection, "progress")).Card!;
        var edited = (await _bot.ClickAsync(Camille, form, NewsletterVerbs.SaveSection, "progress", new JsonObject { ["title"] = "Chiffres", ["body"] = "Nouveau texte." })).Card!;
        Assert.Contains("doit être approuvé à nouveau", edited.AllText());
        Assert.Null(await Schedules().GetAsync(jobId, default));

        _bot.Clock.Advance(TimeSpan.FromDays(10));
        await _bot.RunSchedulerAsync();
        await Task.Delay(800);
        Assert.Empty(ChannelPosts());
    }

    [Fact]
    public async Task Times_in_the_past_unreadable_times_and_unregistered_channels_are_refused()
    {
        var approved = await ApproveAsync(await _bot.OpenAsync(Camille));
        var form = (await _bot.ClickAsync(Camille, approved, NewsletterVerbs.ScheduleForm)).Card!;
        Assert.Contains("Heure de Europe/Paris.", form.AllText());

        var past = (await _bot.ClickAsync(Camille, form, NewsletterVerbs.Schedule, inputs: Inputs("2026-11-01", "09:00", NewsletterChannel))).Card!;
        Assert.Contains("Cette date est déjà passée", past.AllText());
        var unreadable = (await _bot.ClickAsync(Camille, past, NewsletterVerbs.Schedule, inputs: Inputs("2026-11-25", "9 heures", NewsletterChannel))).Card!;
        Assert.Contains("Date ou heure illisible", unreadable.AllText());
        var forged = (await _bot.ClickAsync(Camille, unreadable, NewsletterVerbs.Schedule, inputs: Inputs("2026-11-25", "09:00", "19:someone-else@thread.tacv2"))).Card!;
        Assert.Contains("Choisissez au moins un canal newsletter.", forged.AllText());
        Assert.Null(await Schedules().GetAsync(NewsletterDelivery.JobId(new Quarter(2026, 4)), default));
    }

    [Fact]
    public async Task The_preview_posts_exactly_the_card_the_channels_get()
    {
        var card = await _bot.OpenAsync(Camille);
        var personal = new TestConversation(_bot.Host.CreateClient(), Camille, "fr-FR") { ExpectReplies = false, ServiceUrl = _bot.Connector.ServiceUrl };
        var data = card.ExecuteActions().First(a => a.Verb == NewsletterVerbs.Preview).Data.DeepClone().AsObject();

        var result = await personal.ExecuteAsync(NewsletterVerbs.Preview, data);

        Assert.Contains("Aperçu envoyé ci-dessous", result.Card.AllText());
        var preview = Assert.Single(await _bot.WaitForPostsAsync(1));
        var issue = (await _bot.Host.Services.GetRequiredService<NewsletterStore>().GetAsync(new Quarter(2026, 4), default))!.Issue;
        var expected = NewsletterPost.Parts(issue)[0].ToJson();
        Assert.True(JsonNode.DeepEquals(expected, preview.Request.Json!["attachments"]![0]!["content"]), "The preview differs from the channel post.");
    }

    [Fact]
    public async Task An_issue_too_large_for_one_card_goes_out_as_a_thread_with_every_post_under_the_teams_limit()
    {
        var card = await _bot.OpenAsync(Camille);
        var index = 0;
        while (SectionIds(card).Count < NewsletterIssue.MaxSections)
        {
            var form = (await _bot.ClickAsync(Camille, card, NewsletterVerbs.NewSection)).Card!;
            var body = $"Rubrique {++index}. " + string.Concat(Enumerable.Repeat("Les équipes ont livré, mesuré et partagé leurs résultats. ", 65));
            var result = await _bot.ClickAsync(Camille, form, NewsletterVerbs.AddSection, inputs: new JsonObject { ["title"] = $"Dossier {index}", ["body"] = body });
            Assert.True(result.Card is not null, result.Body?.ToJsonString());
            card = result.Card!;
            Assert.Contains("Rubrique ajoutée", card.AllText());
        }
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) < TeamsMessageLimit, "The editor card itself must stay under the limit.");

        await ScheduleAsync(await ApproveAsync(card), "2026-11-25", "09:00");
        _bot.Clock.Advance(TimeSpan.FromDays(6));
        await _bot.RunSchedulerAsync();
        var posts = await _bot.WaitForPostsAsync(3);

        Assert.Equal("/v3/conversations", posts[0].Request.RawTarget);
        Assert.All(posts.Skip(1), reply => Assert.StartsWith(NewsletterChannel + ";messageid=", reply.ConversationId));
        Assert.All(posts, p => Assert.True(Encoding.UTF8.GetByteCount(p.Request.Body) < TeamsMessageLimit, $"A post of {p.Request.Body.Length} characters"));
        var all = string.Join("\n", posts.Select(p => (p.Request.Json!["activity"] ?? p.Request.Json)!["attachments"]![0]!["content"].AllText()));
        Assert.Contains("(suite, 2/3)", all);
        for (var i = 1; i <= index; i++) Assert.Contains($"Dossier {i}", all);
        Assert.True(all.IndexOf("Dossier 1\n", StringComparison.Ordinal) < all.IndexOf($"Dossier {index}\n", StringComparison.Ordinal));
    }

    private ScheduleStore Schedules() => _bot.Host.Services.GetRequiredService<ScheduleStore>();

    private List<TestSupport.Loopback.AnsweredRequest> ChannelPosts() =>
        [.. _bot.Connector.Answered.Where(a => a.Request.Method == "POST" && a.ConversationId.StartsWith(NewsletterChannel, StringComparison.Ordinal))];

    private async Task<JsonObject> ApproveAsync(JsonObject card) => (await _bot.ClickAsync(Camille, card, NewsletterVerbs.Approve)).Card!;

    private async Task<JsonObject> ScheduleAsync(JsonObject approved, string date, string time)
    {
        var form = (await _bot.ClickAsync(Camille, approved, NewsletterVerbs.ScheduleForm)).Card!;
        return (await _bot.ClickAsync(Camille, form, NewsletterVerbs.Schedule, inputs: Inputs(date, time, NewsletterChannel))).Card!;
    }

    private static JsonObject Inputs(string date, string time, string channels) => new() { ["date"] = date, ["time"] = time, ["channels"] = channels };

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
