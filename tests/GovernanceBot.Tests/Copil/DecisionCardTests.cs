using GovernanceBot.Copil.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.TestSupport.Cards;

namespace GovernanceBot.Tests.Copil;

/// <summary>The session thread's cards: valid for the Adaptive Cards 1.5 parser, and the decision card rendered in Chromium as Teams-like hosts draw it.</summary>
public class DecisionCardTests
{
    private static readonly PriorityScoring Scoring = new(PriorityWeights.Default, IndustrialisationScoring.Default);
    private static readonly DateOnly Session = new(2026, 12, 10);

    private static DecisionView Open(UseCase useCase, int position = 1) =>
        new(useCase, Session, position, Scoring.Score(useCase, new CopilCriteria(Rating.High, Rating.Medium, null)), null);

    private static CopilDecision Decided(UseCase useCase, CopilDecisionKind kind) => new(useCase.Id, kind,
        kind == CopilDecisionKind.Prioritise ? 2 : null, kind == CopilDecisionKind.Defer ? new DateOnly(2027, 3, 1) : null,
        kind == CopilDecisionKind.Prioritise ? null : "Données 2027 attendues", "aad-denise", "Denise Roux", new DateTimeOffset(2026, 12, 10, 13, 5, 0, TimeSpan.Zero));

    private static readonly UseCase Evaluated = CopilSamples.Evaluated("Fraud radar", Rating.High, FeasibilityVerdict.FeasibleWithConditions, 42);
    private static readonly UseCase Deferred = CopilSamples.Evaluated("Mail sorter", Rating.Medium, FeasibilityVerdict.Feasible, 43, state: UseCaseState.Deferred);

    [Fact]
    public async Task Every_card_of_a_session_thread_is_valid_in_both_languages()
    {
        var cards = new List<(string, System.Text.Json.Nodes.JsonObject)>();
        foreach (var language in new[] { Language.French, Language.English })
        {
            cards.Add(($"decision-open-{language}", DecisionCard.Build(Open(Evaluated), language).ToJson()));
            cards.Add(($"decision-deferred-{language}", DecisionCard.Build(Open(Deferred, 2), language).ToJson()));
            foreach (var kind in Enum.GetValues<CopilDecisionKind>())
                cards.Add(($"decision-{kind}-{language}", DecisionCard.Build(Open(Evaluated) with { Decision = Decided(Evaluated, kind) }, language, "notice").ToJson()));
            var decisions = Enum.GetValues<CopilDecisionKind>().Select(k => Decided(Evaluated, k)).ToList();
            cards.Add(($"digest-{language}", DigestCard.Build(Session, decisions, [Deferred], new Dictionary<Guid, UseCase> { [Evaluated.Id] = Evaluated }, language).ToJson()));
            cards.Add(($"digest-empty-{language}", DigestCard.Build(Session, [], [], new Dictionary<Guid, UseCase>(), language).ToJson()));
            var agenda = AgendaBuilder.Build(Session, null, [Evaluated, Deferred], _ => CopilCriteria.None, Scoring, [], AgendaAdjustments.None.Add("Budget 2027"));
            cards.Add(($"agenda-posted-{language}", AgendaCard.Build(agenda, 3, language, posted: true, late: true).ToJson()));
        }

        await CardValidator.AssertValidAsync(cards);
    }

    [Fact]
    public void A_decided_card_shows_the_decision_who_and_when_and_offers_nothing_more()
    {
        var card = DecisionCard.Build(Open(Evaluated) with { Decision = Decided(Evaluated, CopilDecisionKind.Defer) }, Language.French).ToJson();

        var text = card.AllText();
        Assert.Contains("Reporté au 01/03/2027 — Données 2027 attendues", text);
        Assert.Contains("Décidé par Denise Roux le 10/12/2026 14:05", text);
        Assert.Empty(card.ExecuteActions());
        Assert.DoesNotContain("Input.", card.ToJsonString());
    }

    [Fact]
    public async Task The_open_decision_card_renders_its_scores_and_sends_the_rank_typed_in_with_the_session_and_case()
    {
        var card = DecisionCard.Build(Open(Evaluated, 3), Language.French).ToJson();

        var rendered = Assert.Single(await CardRenderer.RenderAsync(
        [
            new CardRenderRequest("copil-decision", card, Screenshot: "copil-decision.png", Inputs: new Dictionary<string, string> { ["rank"] = "2" }, Click: "Prioriser"),
        ]));

        Assert.Contains("Décision du Copil : UC-2026-0042 Fraud radar", rendered.Text);
        Assert.Contains("feuille de route", rendered.Text + card.AllText());
        Assert.Equal(["rank", "revisitOn", "reason"], rendered.InputIds);
        Assert.Equal(["Prioriser", "Reporter", "Rejeter"], rendered.Actions.Select(a => a.Title).Distinct());
        Assert.Equal("copil.decide", rendered.Clicked!.Verb);
        Assert.Equal("2", rendered.Clicked.Data!["rank"]!.ToString());
        Assert.Equal("2026-12-10", (string?)rendered.Clicked.Data["session"]);
        Assert.Equal(Evaluated.Id.ToString("D"), (string?)rendered.Clicked.Data["useCaseId"]);
        Assert.Equal("Prioritise", (string?)rendered.Clicked.Data["kind"]);
        Assert.Empty(rendered.ClippedTexts);
    }

    [Fact]
    public async Task The_decided_card_renders_without_inputs_or_buttons()
    {
        var card = DecisionCard.Build(Open(Evaluated) with { Decision = Decided(Evaluated, CopilDecisionKind.Prioritise) }, Language.English).ToJson();

        var rendered = Assert.Single(await CardRenderer.RenderAsync([new CardRenderRequest("copil-decision-decided", card, Screenshot: "copil-decision-decided.png")]));

        Assert.Contains("Prioritised (rank 2)", rendered.Text);
        Assert.Contains("Decided by Denise Roux on 2026-12-10 14:05", rendered.Text);
        Assert.Empty(rendered.Actions);
        Assert.Empty(rendered.InputIds);
        Assert.Empty(rendered.ClippedTexts);
    }
}
