using System.Text.Json.Nodes;
using GovernanceBot.Copil;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Copil;

/// <summary>
/// A planned Copil end to end through the HTTP endpoint and a loopback Teams connector: the agenda opens a thread
/// in the Copil channel, the decision cards follow as replies, a member decides on a card, the workflow moves and
/// every copy of the card is edited in place; stale and concurrent clicks see the decision that stands.
/// </summary>
public sealed class CopilSessionThreadTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Past = DateTimeOffset.UtcNow.AddDays(-20);
    private CopilThreadHost _copil = null!;

    public async Task InitializeAsync() => _copil = await CopilThreadHost.StartAsync();

    public async Task DisposeAsync() => await _copil.DisposeAsync();

    private static UseCase Case(string title, int sequence, UseCaseState state = UseCaseState.Evaluated, DateOnly? deferredUntil = null) =>
        CopilSamples.Evaluated(title, Rating.High, FeasibilityVerdict.Feasible, sequence, state: state) with
        {
            DeferredUntil = deferredUntil,
            StateSince = Past,
            CreatedAt = Past.AddDays(-30),
            UpdatedAt = Past,
            SubmittedAt = Past.AddDays(-sequence),
            Number = new UseCaseNumber(2027, sequence),
        };

    [Fact]
    public async Task The_agenda_opens_a_thread_with_one_decision_card_per_case_and_a_decision_updates_the_card_in_place()
    {
        var fraud = await _copil.SeedAsync(Case("Fraud radar", 801));
        var returning = await _copil.SeedAsync(Case("Mail sorter", 802, UseCaseState.Deferred, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1))));
        var later = await _copil.SeedAsync(Case("Claims triage", 803, UseCaseState.Deferred, DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1))));

        var first = await _copil.PostAgendaAsync();
        var agenda = CopilThreadHost.CardOf(first).AllText();
        var thread = CopilThreadHost.ThreadOf(first);
        var replies = await _copil.WaitForRepliesAsync(thread, 2);

        Assert.Equal(CopilThreadHost.CopilChannel, first.ConversationId);
        Assert.Contains("Fraud radar", agenda);
        Assert.Contains("Mail sorter", agenda);
        Assert.DoesNotContain("Claims triage", agenda);
        var cards = replies.Select(CopilThreadHost.CardOf).ToList();
        Assert.Equal(2, cards.Count);
        var fraudCard = Assert.Single(cards, c => c.AllText().Contains("Fraud radar"));
        var returningCard = Assert.Single(cards, c => c.AllText().Contains("Mail sorter"));
        Assert.Equal(["Prioriser", "Reporter", "Rejeter"], fraudCard.ExecuteActions().Select(a => a.Title));
        // A deferred case that came back is prioritised or rejected; the workflow does not defer it twice.
        Assert.Equal(["Prioriser", "Rejeter"], returningCard.ExecuteActions().Select(a => a.Title));
        Assert.DoesNotContain(cards, c => c.AllText().Contains(later.Title));

        var prioritise = fraudCard.ExecuteActions().Single(a => a.Title == "Prioriser").Data;
        var decided = await _copil.ClickAsync(MaturityHostFixture.CopilMember, thread, prioritise, new JsonObject { ["rank"] = "2" });

        var shown = decided.Card.AllText();
        Assert.Contains("Priorisé (rang 2)", shown);
        Assert.Contains("Denise Roux", shown);
        Assert.Empty(decided.Card.ExecuteActions());
        var edit = await _copil.WaitForAsync(a => a.Request.Method == "PUT" && a.ConversationId == thread, "the decision card's in-place edit");
        var edited = edit.Request.Json!["attachments"]![0]!["content"]!;
        Assert.Contains("Priorisé (rang 2)", edited.AllText());
        Assert.Empty(edited.ExecuteActions());
        Assert.EndsWith("/activities/" + replies.Single(r => CopilThreadHost.CardOf(r).AllText().Contains("Fraud radar")).Body!.Split('"')[3], edit.Request.RawTarget);

        var stored = (await _copil.UseCases.GetAsync(fraud.Id, default))!.UseCase;
        Assert.Equal(UseCaseState.Prioritised, stored.State);
        var history = await _copil.UseCases.HistoryAsync(fraud.Id, 10, default);
        Assert.Contains(history, h => h.Event == HistoryEvent.Prioritised && h.Comment == "#2" && h.ActorName == "Denise Roux");
        Assert.Contains(await _copil.UseCases.ListOutboxAsync(default), n => n.UseCaseId == fraud.Id && n.Audience == UseCaseNotification.ToHub(fraud.HubId));

        // A second member clicking the stale card sees the decision already taken, and nothing changes.
        var reject = fraudCard.ExecuteActions().Single(a => a.Title == "Rejeter").Data;
        var stale = await _copil.ClickAsync(CopilThreadHost.SecondMember, thread, reject, new JsonObject { ["reason"] = "Trop cher" });
        Assert.Contains("Décision déjà prise par Denise Roux", stale.Card.AllText());
        Assert.Empty(stale.Card.ExecuteActions());
        Assert.Equal(UseCaseState.Prioritised, (await _copil.UseCases.GetAsync(fraud.Id, default))!.UseCase.State);
        _ = returning;
    }

    [Fact]
    public async Task A_non_member_is_refused_and_a_decision_missing_what_it_needs_is_explained_on_the_card()
    {
        var useCase = await _copil.SeedAsync(Case("Churn early warning", 811));
        var thread = CopilThreadHost.ThreadOf(await _copil.PostAgendaAsync());
        var card = CopilThreadHost.CardOf(Assert.Single(await _copil.WaitForRepliesAsync(thread, 1)));
        var reject = card.ExecuteActions().Single(a => a.Title == "Rejeter").Data;

        var outsider = await _copil.ClickAsync(MaturityHostFixture.CentralTeamMember, thread, reject, new JsonObject { ["reason"] = "Non" });
        var noReason = await _copil.ClickAsync(MaturityHostFixture.CopilMember, thread, reject, new JsonObject { ["reason"] = "  " });
        var defer = card.ExecuteActions().Single(a => a.Title == "Reporter").Data;
        var pastDate = await _copil.ClickAsync(MaturityHostFixture.CopilMember, thread, defer, new JsonObject { ["revisitOn"] = "2020-01-01" });

        Assert.Equal("Seuls les membres du Copil décident depuis cette carte ; rien n'a changé.", outsider.Message);
        Assert.Contains("Un rejet demande un motif.", noReason.Card.AllText());
        Assert.NotEmpty(noReason.Card.ExecuteActions());
        Assert.Contains("La date de réexamen doit être dans le futur.", pastDate.Card.AllText());
        Assert.Equal(UseCaseState.Evaluated, (await _copil.UseCases.GetAsync(useCase.Id, default))!.UseCase.State);
        Assert.DoesNotContain(_copil.Connector.Answered, a => a.Request.Method == "PUT");
    }

    [Fact]
    public async Task Two_members_deciding_at_once_one_wins_and_the_other_sees_the_outcome()
    {
        var useCase = await _copil.SeedAsync(Case("Demand forecast", 821));
        var thread = CopilThreadHost.ThreadOf(await _copil.PostAgendaAsync());
        var card = CopilThreadHost.CardOf(Assert.Single(await _copil.WaitForRepliesAsync(thread, 1)));
        var prioritise = card.ExecuteActions().Single(a => a.Title == "Prioriser").Data;
        var reject = card.ExecuteActions().Single(a => a.Title == "Rejeter").Data;

        var results = await Task.WhenAll(
            _copil.ClickAsync(MaturityHostFixture.CopilMember, thread, prioritise, new JsonObject { ["rank"] = "1" }),
            _copil.ClickAsync(CopilThreadHost.SecondMember, thread, reject, new JsonObject { ["reason"] = "Hors périmètre" }));

        var texts = results.Select(r => r.Card.AllText()).ToList();
        Assert.Single(texts, t => t.Contains("Décision enregistrée"));
        Assert.Single(texts, t => t.Contains("Décision déjà prise par"));
        var winner = texts.Single(t => t.Contains("Décision enregistrée"));
        var loser = texts.Single(t => t.Contains("Décision déjà prise par"));
        // The loser sees the winner's decision, whichever it was.
        Assert.Equal(winner.Contains("Priorisé"), loser.Contains("Priorisé"));
        var history = await _copil.UseCases.HistoryAsync(useCase.Id, 10, default);
        Assert.Single(history, h => h.Event is HistoryEvent.Prioritised or HistoryEvent.Rejected);
    }

    [Fact]
    public async Task The_digest_is_posted_in_the_session_thread_once_per_state_of_the_decisions()
    {
        await _copil.SeedAsync(Case("Fraud radar", 831));
        var thread = CopilThreadHost.ThreadOf(await _copil.PostAgendaAsync());
        var card = CopilThreadHost.CardOf(Assert.Single(await _copil.WaitForRepliesAsync(thread, 1)));
        var defer = card.ExecuteActions().Single(a => a.Title == "Reporter").Data;
        var revisit = DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await _copil.ClickAsync(MaturityHostFixture.CopilMember, thread, defer, new JsonObject { ["revisitOn"] = revisit, ["reason"] = "Attendre les données 2027" });

        var posted = await _copil.SayAsync(MaturityHostFixture.CopilMember, "copil synthèse");
        var again = await _copil.SayAsync(MaturityHostFixture.CopilMember, "copil digest");
        var digest = (await _copil.WaitForRepliesAsync(thread, 2)).Select(CopilThreadHost.CardOf).Single(c => c.AllText().Contains("Synthèse des décisions"));

        Assert.StartsWith("Synthèse du Copil du", posted);
        Assert.Contains("1 fil(s)", posted);
        Assert.StartsWith("La synthèse du Copil du", again);
        Assert.Contains("Reportés :", digest.AllText());
        Assert.Contains("Fraud radar", digest.AllText());
        Assert.Contains("Attendre les données 2027", digest.AllText());
    }

    [Fact]
    public async Task The_central_team_edits_the_next_agenda_and_rates_value_criteria_before_it_goes_out()
    {
        var dropped = await _copil.SeedAsync(Case("Dropped case", 841));
        var rated = await _copil.SeedAsync(Case("Rated case", 842));
        await _copil.SayAsync(MaturityHostFixture.CentralTeamMember, "copil planifier trimestriel le 5 à 9h");

        var added = await _copil.SayAsync(MaturityHostFixture.CentralTeamMember, "ordre du jour ajouter Budget 2027");
        var removed = await _copil.SayAsync(MaturityHostFixture.CentralTeamMember, "agenda remove UC-2027-0841");
        var criteria = await _copil.SayAsync(MaturityHostFixture.CentralTeamMember, "copil critères UC-2027-0842 roi élevé criticité moyenne alignement faible");
        var refused = await _copil.SayAsync(MaturityHostFixture.CopilMember, "ordre du jour ajouter Autre point");
        var preview = (await _copil.Host.Conversation(MaturityHostFixture.CentralTeamMember).SendAsync("ordre du jour")).Single().Card().AllText();

        Assert.StartsWith("Ajouté à l'ordre du jour du Copil du", added);
        Assert.StartsWith("Retiré de l'ordre du jour", removed);
        Assert.Contains("ROI Élevé", criteria, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("manque ROI", criteria);
        Assert.StartsWith("Préparer le Copil est réservé", refused);
        Assert.Contains("1. Budget 2027", preview);
        Assert.Contains("Rated case", preview);
        Assert.DoesNotContain("Dropped case", preview);
        var score = await _copil.Host.Services.GetRequiredService<CopilAgendas>().ScoreAsync(rated, default);
        Assert.DoesNotContain(Criterion.Roi, score.Value.Missing);
        _ = dropped;
    }

    [Fact]
    public async Task Planning_explains_itself_and_refuses_impossible_calendars_and_outsiders()
    {
        var usage = await _copil.SayAsync(MaturityHostFixture.CentralTeamMember, "copil planifier");
        var impossible = await _copil.SayAsync(MaturityHostFixture.CentralTeamMember, "copil schedule monthly on the 30 at 14h");
        var outsider = await _copil.SayAsync(TestUser.Alice, "copil planifier mensuel le 10 à 14h");
        var planned = await _copil.SayAsync(MaturityHostFixture.Admin, "copil schedule quarterly on the 2 at 9h, agenda 5 days before, digest at 12h");

        Assert.StartsWith("Planifiez le Copil ainsi", usage);
        Assert.StartsWith("Ce calendrier n'est pas possible", impossible);
        Assert.StartsWith("Préparer le Copil est réservé", outsider);
        Assert.Contains("trimestriel, le 2 à 9h", planned);
        Assert.Contains("5 jour(s) avant", planned);
        Assert.Contains("Synthèse à 12h", planned);
        var plan = await _copil.Host.Services.GetRequiredService<CopilSessionStore>().GetPlanAsync(default);
        Assert.Equal(new CopilCalendar(CopilCadence.Quarterly, 2, 9, 5, null, 3), plan!.Calendar);
    }
}
