using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.UseCases.Cards;

/// <summary>
/// One use case as anyone allowed to see it reads it: number, title, status and phase, scores, links, the
/// latest history, and the buttons for the actions the viewer's roles allow in its current state (worked out
/// on the server; clicking one is checked again there).
/// </summary>
internal static class UseCaseCard
{
    public const int HistoryLines = 8;

    public static AdaptiveCard Build(UseCaseView view, Language language, string? notice = null, ContainerStyle noticeStyle = ContainerStyle.Warning)
    {
        var useCase = view.UseCase;
        var data = new UseCaseActionData { UseCaseId = useCase.Id, Revision = useCase.Revision };
        var body = new List<CardElement> { CardKit.Title(Heading(useCase, language)) };
        if (notice is not null) body.Add(CardKit.Notice(notice, noticeStyle));
        if (useCase.Content.Value.Summary is { } summary) body.Add(new TextBlock(summary) { Id = "summary" });
        body.Add(CardKit.Facts(Facts(view, language)));
        if (useCase.OpenQuestions is not null) body.Add(Banner.Of(UseCaseTexts.OpenQuestions.In(language, useCase.OpenQuestions), ContainerStyle.Accent));
        if (view.History.Count > 0)
        {
            body.Add(new TextBlock(UseCaseTexts.HistoryTitle.In(language)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(new TextBlock(string.Join("\n", view.History.Take(HistoryLines).Select(h => "- " + HistoryLine(h, language)))) { Id = "history", Size = TextSize.Small });
        }

        var actions = view.Actions.Where(a => a != LifecycleAction.Submit).ToList();
        if (actions.Any(a => UseCaseLifecycle.RuleFor(a).Comment == CommentRule.Required || a == LifecycleAction.Prioritise || a == LifecycleAction.Take))
            body.Add(new TextInput { Id = UseCaseActionData.CommentInput, Label = UseCaseTexts.Comment.In(language), IsMultiline = true, MaxLength = TransitionRequest.CommentLength });
        if (actions.Contains(LifecycleAction.Defer))
            body.Add(new DateInput { Id = UseCaseActionData.DateInput, Label = UseCaseTexts.DeferDate.In(language) });

        var buttons = actions
            .Select(a => (CardAction)CardKit.Button(UseCaseTexts.Action(a, language), UseCaseVerbs.Transition, (data with { Action = a }).ToJson(),
                a is LifecycleAction.Reject or LifecycleAction.Retire ? ActionStyle.Destructive : null))
            .ToList();
        if (view.CanEvaluate) buttons.Add(CardKit.Button(UseCaseTexts.Evaluate.In(language), UseCaseVerbs.Evaluate, data.ToJson(), ActionStyle.Positive));
        if (view.CanEditFacts) buttons.Add(CardKit.Button(UseCaseTexts.ProductionTitle.In(language), UseCaseVerbs.EditFacts, data.ToJson()));
        if (view.CanEditDraft) buttons.Add(CardKit.Button(UseCaseTexts.Resume.In(language), UseCaseVerbs.Wizard, (data with { Step = useCase.Step, Move = WizardMove.GoTo, GoTo = useCase.Step }).ToJson(), ActionStyle.Positive));
        var links = Links(useCase, language).ToList();
        if (links.Count > 0) body.Add(CardKit.ButtonRow([.. links]));

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = Heading(useCase, language),
            Body = body,
            Actions = buttons,
        };
    }

    public static string Heading(UseCase useCase, Language language) =>
        UseCaseTexts.CardTitle.In(language, useCase.Number?.ToString() ?? UseCaseTexts.DraftLabel.In(language), Title(useCase, language));

    public static string Title(UseCase useCase, Language language) => useCase.Title.Length == 0 ? UseCaseTexts.Untitled.In(language) : useCase.Title;

    public static string HistoryLine(HistoryEntry entry, Language language)
    {
        var what = UseCaseTexts.Event(entry.Event, language);
        if (entry.From != entry.To) what += $" ({UseCaseTexts.Of(entry.From, language)} → {UseCaseTexts.Of(entry.To, language)})";
        if (entry.Date is { } date) what += " · " + UseCaseTexts.Date(date, language);
        var line = UseCaseTexts.HistoryLine.In(language, UseCaseTexts.Date(entry.At, language), what, entry.ActorName ?? "?");
        return entry.Comment is null ? line : line + " — " + UseCaseTexts.HistoryComment.In(language, entry.Comment);
    }

    private static IEnumerable<(string, string?)> Facts(UseCaseView view, Language language)
    {
        var useCase = view.UseCase;
        var score = view.Score;
        yield return (UseCaseTexts.Status.In(language), UseCaseTexts.Of(useCase.State, language));
        yield return (UseCaseTexts.Since.In(language), UseCaseTexts.Date(useCase.StateSince, language));
        yield return (UseCaseTexts.Hub.In(language), view.HubName);
        yield return (UseCaseTexts.Submitter.In(language), useCase.SubmitterName);
        yield return (UseCaseTexts.Owner.In(language), useCase.OwnerName);
        yield return (UseCaseTexts.Phase.In(language), UseCaseTexts.Of(useCase.Phase, language));
        yield return (UseCaseTexts.Mlops.In(language), useCase.MlopsLevel is { } level ? UseCaseTexts.Of(level, language) : null);
        yield return (UseCaseTexts.DeferredUntil.In(language), useCase.DeferredUntil is { } until ? UseCaseTexts.Date(until, language) : null);
        yield return (UseCaseTexts.ValueScore.In(language), useCase.Content.Value.Points is { } points ? UseCaseTexts.ValueScoreValue.In(language, points) : null);
        yield return (UseCaseTexts.IndustrialisationScore.In(language), score is null ? null
            : UseCaseTexts.ScoreValue.In(language, score.Total, IndustrialisationScore.MaxTotal, UseCaseTexts.Of(score.Recommendation, language)));
        yield return (UseCaseTexts.GoLive.In(language), useCase.Production.GoLiveDate is { } live ? UseCaseTexts.Date(live, language) : null);
        yield return (UseCaseTexts.Support.In(language), useCase.Production.SupportContact);
        yield return (UseCaseTexts.KpiValues.In(language), useCase.Production.KpiValues);
    }

    private static IEnumerable<CardAction> Links(UseCase useCase, Language language)
    {
        if (useCase.Content.Package.PrototypeUrl is { } prototype) yield return new OpenUrlAction { Title = UseCaseTexts.Prototype.In(language), Url = prototype };
        if (useCase.Content.Package.DocumentationUrl is { } documentation) yield return new OpenUrlAction { Title = UseCaseTexts.Documentation.In(language), Url = documentation };
        if (useCase.Production.MonitoringUrl is { } monitoring) yield return new OpenUrlAction { Title = UseCaseTexts.Monitoring.In(language), Url = monitoring };
    }
}
