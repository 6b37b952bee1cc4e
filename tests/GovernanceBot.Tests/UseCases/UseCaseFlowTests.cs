using System.Text.Json.Nodes;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.UseCases;
using static GovernanceBot.Tests.UseCases.UseCaseJourney;

namespace GovernanceBot.Tests.UseCases;

public sealed class UseCaseFlowTests(UseCaseHostFixture fixture) : IClassFixture<UseCaseHostFixture>
{
    private BotTestHost Host => fixture.Host;

    [Fact]
    public async Task Submit_take_evaluate_decide_industrialise_validate_and_go_live_through_the_bot()
    {
        var member = MaturityHostFixture.NewUser("Alice Hub");
        var chat = await SubmitAsync(Host, member, "Attrition alert");
        var id = UseCaseId(chat);
        var stored = (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase;
        Assert.Matches(@"^UC-\d{4}-\d{4}$", stored.Number.ToString());
        Assert.Contains(stored.Number.ToString()!, chat.Text);

        var mine = Start(Host, member);
        await mine.SayAsync("mes cas d'usage");
        Assert.Contains("Attrition alert", mine.Text);
        Assert.Contains("Soumis", mine.Text);

        var evaluator = Start(Host, UseCaseHostFixture.Evaluator);
        await evaluator.SayAsync("à évaluer");
        Assert.Contains("Attrition alert", evaluator.Text);

        evaluator = await OpenAsync(Host, UseCaseHostFixture.Evaluator, id);
        await evaluator.ClickAsync("Je le prends");
        Assert.Contains("En évaluation", evaluator.Text);
        await evaluator.ClickAsync("Évaluer");
        var ratings = new JsonObject();
        foreach (var axis in Enum.GetValues<EvaluationAxis>()) ratings[UseCaseActionData.RatingInput(axis)] = "4";
        ratings[UseCaseActionData.RatingCommentInput(EvaluationAxis.ReusePotential)] = "Two other hubs asked";
        await evaluator.ClickAsync("Marquer évalué", ratings);
        Assert.Contains("Évalué", evaluator.Text);
        Assert.Contains("14 / 20", evaluator.Text);

        var copil = await OpenAsync(Host, UseCaseHostFixture.CopilMember, id);
        await copil.ClickAsync("Prioriser");
        Assert.Contains("Priorisé", copil.Text);

        evaluator = await OpenAsync(Host, UseCaseHostFixture.Evaluator, id);
        await evaluator.ClickAsync("Démarrer l'industrialisation");
        await evaluator.ClickAsync("Passer en validation");
        var hub = await OpenAsync(Host, member, id);
        await hub.ClickAsync("Valider côté métier");
        evaluator = await OpenAsync(Host, UseCaseHostFixture.Evaluator, id);
        await evaluator.ClickAsync("Valider sécurité et conformité");
        await evaluator.ClickAsync("Mettre en production");

        var final = (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase;
        Assert.Equal(UseCaseState.InProduction, final.State);
        Assert.Contains("En production", evaluator.Text);
        var history = await fixture.Store.HistoryAsync(id, 50, CancellationToken.None);
        Assert.Equal(
            [HistoryEvent.WentLive, HistoryEvent.SecurityReviewConfirmed, HistoryEvent.BusinessValidationConfirmed, HistoryEvent.ValidationRequested, HistoryEvent.IndustrialisationStarted,
             HistoryEvent.Prioritised, HistoryEvent.Evaluated, HistoryEvent.EvaluationScored, HistoryEvent.Taken, HistoryEvent.Submitted, HistoryEvent.Created],
            history.Select(h => h.Event));
        Assert.Equal(UseCaseHostFixture.CopilMember.Name, history[5].ActorName);

        var outbox = (await fixture.Store.ListOutboxAsync(CancellationToken.None)).Where(n => n.UseCaseId == id).ToList();
        Assert.Contains(outbox, n => n.Audience == UseCaseNotification.ToCentralTeam && n.OffersTake);
        Assert.Contains(outbox, n => n.Audience.StartsWith("user:", StringComparison.Ordinal) && n.Text.Fr.Contains("Priorisé", StringComparison.Ordinal));
        Assert.Contains(outbox, n => n.Audience == UseCaseNotification.ToHub(HubId));
    }

    [Fact]
    public async Task Refused_values_are_shown_under_their_field_in_the_users_language_and_nothing_typed_is_lost()
    {
        var user = MaturityHostFixture.NewUser();
        var chat = Start(Host, user, "en-US");
        await chat.SayAsync("submit a use case");
        await chat.ClickAsync("Next", new JsonObject { [UseCaseActionData.HubInput] = HubId });
        var values = UseCaseSamples.ValidValues(WizardStep.Value);
        values["title"] = new string('t', 121);
        values["summary"] = "";
        await chat.ClickAsync("Next", Inputs(values));

        Assert.Contains("Step 1 of 7", chat.Text);
        Assert.Contains("Too long: 120 characters at most.", chat.Text);
        Assert.Contains(new string('t', 121), chat.Text);
        Assert.Contains(CardJsonSearch.Objects(chat.Card), o => (string?)o["id"] == "error_title");
        values["title"] = "Fixed";
        values["summary"] = "A short summary";
        await chat.ClickAsync("Next", Inputs(values));
        Assert.Contains("Step 2 of 7", chat.Text);

        var package = UseCaseSamples.ValidValues(WizardStep.Package);
        package["prototypeUrl"] = "javascript:alert(1)";
        var id = UseCaseId(chat);
        var stored = (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase;
        var result = await chat.Conversation.ExecuteAsync(UseCaseVerbs.Wizard, Inputs(package).Also(new UseCaseActionData { UseCaseId = id, Revision = stored.Revision, Step = WizardStep.Feasibility, Move = WizardMove.Next }.ToJson()));
        Assert.DoesNotContain("javascript", (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase.Content.Package.PrototypeUrl ?? "");
        Assert.NotNull(result.Card);
    }

    [Fact]
    public async Task Save_and_quit_keeps_the_draft_and_it_resumes_after_a_restart()
    {
        var user = MaturityHostFixture.NewUser();
        var chat = Start(Host, user);
        await chat.SayAsync("soumettre un cas d'usage");
        await chat.ClickAsync("Suivant", new JsonObject { [UseCaseActionData.HubInput] = HubId });
        await chat.ClickAsync("Suivant", Inputs(UseCaseSamples.ValidValues(WizardStep.Value, "Half done")));
        await chat.ClickAsync("Enregistrer et quitter", new JsonObject { ["verdict"] = "NotFeasible" });
        Assert.Contains("Brouillon enregistré", chat.Text);

        using var restarted = new BotTestHost(MaturityHostFixture.RoleSettings, Host.DataDirectory);
        var again = Start(restarted, user);
        await again.SayAsync("soumettre un cas d'usage");
        Assert.Contains("Half done", again.Text);
        await again.ClickAsync("Ouvrir");
        Assert.Contains("Étape 2 sur 7", again.Text);
        Assert.Contains(CardJsonSearch.Objects(again.Card), o => (string?)o["id"] == "verdict" && (string?)o["value"] == "NotFeasible");
    }

    [Fact]
    public async Task A_double_click_on_submit_creates_one_use_case_and_says_so()
    {
        var user = MaturityHostFixture.NewUser();
        var chat = await FillDraftAsync(Host, user, "Double click");
        var review = chat.Card!;

        await chat.ClickAsync("Soumettre");
        await chat.ClickAsync("Soumettre", card: review);

        Assert.Contains("Déjà soumis sous le numéro", chat.Text);
        var mine = await fixture.Store.ListBySubmitterAsync(UserKeyOf(user), CancellationToken.None);
        Assert.Equal(UseCaseState.Submitted, Assert.Single(mine).State);
    }

    [Fact]
    public async Task Many_simultaneous_submit_clicks_leave_exactly_one_submitted_use_case_with_one_number()
    {
        var user = MaturityHostFixture.NewUser();
        var chat = await FillDraftAsync(Host, user, "Race");
        var submit = chat.Card.ExecuteActions().Single(a => a.Title == "Soumettre");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => chat.Conversation.ExecuteAsync(submit.Verb, (JsonObject)submit.Data.DeepClone())));

        Assert.All(results, r => Assert.Equal(200, (int)r.HttpStatus));
        var item = Assert.Single(await fixture.Store.ListBySubmitterAsync(UserKeyOf(user), CancellationToken.None));
        var history = await fixture.Store.HistoryAsync(item.Id, 10, CancellationToken.None);
        Assert.Single(history, h => h.Event == HistoryEvent.Submitted);
        Assert.Single(results, r => r.Card.AllText().Contains("Cas d'usage soumis", StringComparison.Ordinal));
        var outbox = (await fixture.Store.ListOutboxAsync(CancellationToken.None)).Where(n => n.UseCaseId == item.Id);
        Assert.Single(outbox, n => n.Audience == UseCaseNotification.ToCentralTeam);
    }

    [Fact]
    public async Task Two_evaluators_taking_at_once_leave_one_owner_and_the_other_is_told_who()
    {
        var chat = await SubmitAsync(Host, MaturityHostFixture.NewUser(), "Contested");
        var id = UseCaseId(chat);
        var first = await OpenAsync(Host, UseCaseHostFixture.Evaluator, id);
        var second = await OpenAsync(Host, UseCaseHostFixture.SecondEvaluator, id);

        await first.ClickAsync("Je le prends");
        await second.ClickAsync("Je le prends");

        Assert.Contains("Ce cas d'usage a changé", second.Text);
        Assert.Contains(UseCaseHostFixture.Evaluator.Name, second.Text);
        Assert.Equal(UseCaseHostFixture.Evaluator.Name, (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase.OwnerName);
        var evaluate = await second.Conversation.ExecuteAsync(UseCaseVerbs.Evaluate, new JsonObject { ["useCaseId"] = id.ToString() });
        Assert.Contains($"Ce cas est évalué par {UseCaseHostFixture.Evaluator.Name}", evaluate.Card.AllText());
    }

    [Fact]
    public async Task Roles_are_checked_on_the_server_whatever_the_card_sends()
    {
        var member = MaturityHostFixture.NewUser();
        var chat = await SubmitAsync(Host, member, "Guarded");
        var id = UseCaseId(chat);
        var revision = (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase.Revision;
        JsonObject Forged(LifecycleAction action) => new UseCaseActionData { UseCaseId = id, Revision = revision, Action = action }.ToJson();

        var takeByHub = await chat.Conversation.ExecuteAsync(UseCaseVerbs.Transition, Forged(LifecycleAction.Take));
        var prioritiseByCentral = await Host.Conversation(UseCaseHostFixture.Evaluator).ExecuteAsync(UseCaseVerbs.Transition, Forged(LifecycleAction.Prioritise));
        var toEvaluate = await Start(Host, member).Conversation.SendAsync("à évaluer");
        var outsider = await Host.Conversation(MaturityHostFixture.NewUser()).ExecuteAsync(UseCaseVerbs.Open, new JsonObject { ["useCaseId"] = id.ToString() });

        Assert.Contains("Votre rôle ne permet pas", takeByHub.Card.AllText());
        Assert.Contains("Votre rôle ne permet pas", prioritiseByCentral.Card.AllText());
        Assert.Contains("Réservé à l'équipe centrale", Assert.Single(toEvaluate)["text"]!.GetValue<string>());
        Assert.Equal("Vous n'avez pas accès à ce cas d'usage.", outsider.Message);
        Assert.Equal(UseCaseState.Submitted, (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase.State);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_deferring_a_date()
    {
        var chat = await SubmitAsync(Host, MaturityHostFixture.NewUser(), "Decide me");
        var id = UseCaseId(chat);
        var evaluator = await OpenAsync(Host, UseCaseHostFixture.Evaluator, id);
        await evaluator.ClickAsync("Je le prends");
        await evaluator.ClickAsync("Évaluer");
        var ratings = new JsonObject();
        foreach (var axis in Enum.GetValues<EvaluationAxis>()) ratings[UseCaseActionData.RatingInput(axis)] = "3";
        await evaluator.ClickAsync("Marquer évalué", ratings);

        var copil = await OpenAsync(Host, UseCaseHostFixture.CopilMember, id);
        await copil.ClickAsync("Refuser", new JsonObject { [UseCaseActionData.CommentInput] = "  " });
        Assert.Contains("Cette action demande un commentaire", copil.Text);
        await copil.ClickAsync("Reporter", new JsonObject { [UseCaseActionData.DateInput] = "not-a-date" });
        Assert.Contains("Date illisible", copil.Text);
        await copil.ClickAsync("Reporter", new JsonObject { [UseCaseActionData.DateInput] = DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd") });

        Assert.Contains("Reporté", copil.Text);
        Assert.Equal(UseCaseState.Deferred, (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase.State);
    }

    [Fact]
    public async Task Forged_or_missing_card_data_gets_a_clear_answer_and_changes_nothing()
    {
        var conversation = Host.Conversation(MaturityHostFixture.NewUser());

        var noId = await conversation.ExecuteAsync(UseCaseVerbs.Transition, new JsonObject { ["action"] = "Take" });
        var unknown = await conversation.ExecuteAsync(UseCaseVerbs.Open, new JsonObject { ["useCaseId"] = Guid.NewGuid().ToString() });
        var junk = await conversation.ExecuteAsync(UseCaseVerbs.Wizard, new JsonObject { ["useCaseId"] = new string('x', 10_000), ["step"] = "Nope", ["move"] = 42 });
        var number = await conversation.SendAsync("cas d'usage UC-1999-0001");

        Assert.Equal("Ce cas d'usage est introuvable.", noId.Message);
        Assert.Equal("Ce cas d'usage est introuvable.", unknown.Message);
        Assert.Equal(200, (int)junk.HttpStatus);
        Assert.Contains("introuvable", number.Single().AllText());
    }

    [Fact]
    public async Task Oversized_text_in_every_field_is_refused_not_stored()
    {
        var user = MaturityHostFixture.NewUser();
        var chat = await FillDraftAsync(Host, user, "Big");
        var id = UseCaseId(chat);
        await chat.ClickAsync("Modifier — Périmètre");
        var stored = (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase;
        var huge = (JsonObject)chat.Card.ExecuteActions().Single(a => a.Title == "Suivant").Data.DeepClone();
        foreach (var field in UseCaseFields.Of(WizardStep.Scope)) huge[field.Id] = new string('z', 5_000);

        var result = await chat.Conversation.ExecuteAsync(UseCaseVerbs.Wizard, huge);

        Assert.Equal(200, (int)result.HttpStatus);
        Assert.Contains("Trop long : 2000 caractères au plus.", result.Card.AllText());
        var after = (await fixture.Store.GetAsync(id, CancellationToken.None))!.UseCase;
        Assert.Equal(stored.Content.Scope, after.Content.Scope);
    }

    private static string UserKeyOf(TestUser user) => "aad-" + user.AadObjectId.ToLowerInvariant();
}
