using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;

namespace GovernanceBot.UseCases.Cards;

/// <summary>The short cards of the submission: saved draft, submitted confirmation, hub picker.</summary>
internal static class SimpleCards
{
    public static AdaptiveCard Saved(UseCase useCase, Language language) => new()
    {
        Lang = language.Code(),
        FallbackText = UseCaseTexts.SavedTitle.In(language),
        Body =
        [
            CardKit.Title(UseCaseTexts.SavedTitle.In(language)),
            new TextBlock(UseCaseTexts.SavedText.In(language, UseCaseCard.Title(useCase, language), (int)useCase.Step + 1)),
        ],
        Actions = [CardKit.Button(UseCaseTexts.Resume.In(language), UseCaseVerbs.Open, new UseCaseActionData { UseCaseId = useCase.Id }.ToJson(), ActionStyle.Positive)],
    };

    public static AdaptiveCard Submitted(UseCase useCase, Language language, string? notice = null)
    {
        var body = new List<CardElement> { CardKit.Title(UseCaseTexts.SubmittedTitle.In(language)) };
        if (notice is not null) body.Add(CardKit.Notice(notice, ContainerStyle.Accent));
        body.Add(new TextBlock(UseCaseTexts.SubmittedText.In(language, useCase.Title, useCase.Number?.ToString())) { Id = "submitted" });
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = UseCaseTexts.SubmittedTitle.In(language),
            Body = body,
            Actions =
            [
                CardKit.Button(UseCaseTexts.Open.In(language), UseCaseVerbs.Open, new UseCaseActionData { UseCaseId = useCase.Id }.ToJson()),
                CardKit.Button(UseCaseTexts.MineTitle.In(language), UseCaseVerbs.Mine),
            ],
        };
    }

    /// <summary>
    /// Notifies the central team of a submission, with "Take it". In a channel the card is everyone's, so it
    /// carries no "Open" (which would show one person's view to all) and, once the case is taken, says by whom.
    /// </summary>
    public static AdaptiveCard ForCentralTeam(UseCase useCase, string hubName, Language language, bool inChannel = false)
    {
        List<CardElement> body =
        [
            CardKit.Title(UseCaseTexts.NotifySubmittedTitle.In(language)),
            new TextBlock(UseCaseTexts.NotifySubmitted.In(language, useCase.Number?.ToString(), useCase.Title, useCase.SubmitterName ?? "?", hubName)),
        ];
        List<CardAction> actions = [];
        if (useCase.State == UseCaseState.Submitted)
            actions.Add(CardKit.Button(UseCaseTexts.Action(LifecycleAction.Take, language), UseCaseVerbs.Transition,
                new UseCaseActionData { UseCaseId = useCase.Id, Revision = useCase.Revision, Action = LifecycleAction.Take }.ToJson(), ActionStyle.Positive));
        else
            body.Add(CardKit.Notice(useCase.OwnerName is { } owner
                ? UseCaseTexts.TakenBy.In(language, owner, UseCaseTexts.Of(useCase.State, language))
                : UseCaseTexts.NowInState.In(language, UseCaseTexts.Of(useCase.State, language)), ContainerStyle.Good));
        if (!inChannel) actions.Add(CardKit.Button(UseCaseTexts.Open.In(language), UseCaseVerbs.Open, new UseCaseActionData { UseCaseId = useCase.Id }.ToJson()));
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = UseCaseTexts.NotifySubmittedTitle.In(language),
            Body = body,
            Actions = actions,
        };
    }

    public static AdaptiveCard HubPicker(IReadOnlyList<Hub> hubs, Language language, string? notice = null)
    {
        var body = new List<CardElement> { CardKit.Title(UseCaseTexts.WizardTitle.In(language)), new TextBlock(UseCaseTexts.ChooseHub.In(language)) };
        if (notice is not null) body.Add(CardKit.Notice(notice));
        body.Add(new ChoiceSetInput
        {
            Id = UseCaseActionData.HubInput,
            Label = UseCaseTexts.Hub.In(language),
            Style = hubs.Count <= 8 ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
            Choices = hubs.Select(h => new Choice(h.Name, h.Id)).ToList(),
        });
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = UseCaseTexts.ChooseHub.In(language),
            Body = body,
            Actions = [CardKit.Button(UseCaseTexts.Next.In(language), UseCaseVerbs.SelectHub, style: ActionStyle.Positive)],
        };
    }
}
