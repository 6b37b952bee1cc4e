using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Copil.Cards;

/// <summary>What a decision card shows: the case, its place in the session's order, its scores, and the decision once taken.</summary>
public sealed record DecisionView(UseCase UseCase, DateOnly Session, int Position, PriorityScore Score, CopilDecision? Decision);

/// <summary>
/// One use case awaiting the Copil's decision, posted as a reply in the agenda's thread: scores with their
/// one-line explanations and quadrant, then a rank, a revisit date and a reason with the three decisions. Once
/// decided, the same card shows the decision, who took it and when, and no input or button is left.
/// </summary>
internal static class DecisionCard
{
    public const string Verb = "copil.decide";
    public const string RankInput = "rank";
    public const string RevisitInput = "revisitOn";
    public const string ReasonInput = "reason";

    public static AdaptiveCard Build(DecisionView view, Language language, string? notice = null, ContainerStyle noticeStyle = ContainerStyle.Warning)
    {
        var useCase = view.UseCase;
        var body = new List<CardElement>
        {
            CardKit.Title(CopilTexts.DecisionTitle.In(language, useCase.Number?.ToString() ?? "—", useCase.Title)),
            CardKit.Facts(
            [
                (CopilTexts.DecisionPosition.In(language), view.Position.ToString(CultureInfo.InvariantCulture)),
                (CopilTexts.ValueAxis.In(language), $"{CopilWording.Score(view.Score.Value, language)} — {CopilWording.Explain(view.Score.Value, language)}"),
                (CopilTexts.FeasibilityAxis.In(language), $"{CopilWording.Score(view.Score.Feasibility, language)} — {CopilWording.Explain(view.Score.Feasibility, language)}"),
                (CopilTexts.DecisionQuadrant.In(language), CopilWording.Quadrant(view.Score.Quadrant, language)),
            ]),
        };
        if (notice is not null) body.Add(CardKit.Notice(notice, noticeStyle));
        if (view.Decision is { } decision)
        {
            body.Add(new Container
            {
                Id = "decision",
                Style = ContainerStyle.Emphasis,
                Items =
                [
                    new TextBlock(CopilWording.Decision(decision, language)) { Weight = TextWeight.Bolder },
                    CardKit.Subtle(CopilTexts.DecidedBy.In(language, decision.DeciderName ?? "?", CopilWording.Instant(decision.At, language))),
                ],
            });
            return new AdaptiveCard { Body = body };
        }

        body.Add(new NumberInput { Id = RankInput, Label = CopilTexts.RankLabel.In(language), Value = view.Position, Min = 1, Max = CopilDecisionRequest.MaxRank });
        if (CanDefer(useCase)) body.Add(new DateInput { Id = RevisitInput, Label = CopilTexts.RevisitLabel.In(language) });
        body.Add(new TextInput { Id = ReasonInput, Label = CopilTexts.ReasonLabel.In(language), IsMultiline = true, MaxLength = CopilDecisionRequest.ReasonLength });
        var actions = new List<CardAction>
        {
            CardKit.Button(CopilTexts.Prioritise.In(language), Verb, Data(view, CopilDecisionKind.Prioritise), ActionStyle.Positive),
        };
        if (CanDefer(useCase)) actions.Add(CardKit.Button(CopilTexts.Defer.In(language), Verb, Data(view, CopilDecisionKind.Defer)));
        actions.Add(CardKit.Button(CopilTexts.Reject.In(language), Verb, Data(view, CopilDecisionKind.Reject), ActionStyle.Destructive));
        body.Add(CardKit.ButtonRow([.. actions]));
        return new AdaptiveCard { Body = body };
    }

    /// <summary>The workflow defers an evaluated case only; a deferred case that came back is prioritised or rejected.</summary>
    public static bool CanDefer(UseCase useCase) => useCase.State == UseCaseState.Evaluated;

    private static JsonObject Data(DecisionView view, CopilDecisionKind kind) => new CopilDecisionData(view.Session, view.UseCase.Id, kind).ToJson();
}
