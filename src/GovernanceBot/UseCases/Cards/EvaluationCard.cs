using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.UseCases.Cards;

/// <summary>
/// The central team's evaluation of one use case: the four axes rated 1–5 with a comment each, the computed
/// industrialisation score and recommendation, then Save, Mark evaluated, or Send back with questions.
/// </summary>
internal static class EvaluationCard
{
    public static AdaptiveCard Build(UseCase useCase, IndustrialisationScore? score, Language language, string? notice = null, ContainerStyle noticeStyle = ContainerStyle.Warning)
    {
        var data = new UseCaseActionData { UseCaseId = useCase.Id, Revision = useCase.Revision };
        var body = new List<CardElement>
        {
            CardKit.Title(UseCaseTexts.EvaluationTitle.In(language, UseCaseCard.Heading(useCase, language))),
            CardKit.Subtle(UseCaseTexts.EvaluationIntro.In(language)),
        };
        if (notice is not null) body.Add(CardKit.Notice(notice, noticeStyle));
        body.Add(CardKit.Facts([
            (UseCaseTexts.ValueScore.In(language), useCase.Content.Value.Points is { } points ? UseCaseTexts.ValueScoreValue.In(language, points) : null),
            (UseCaseTexts.Owner.In(language), useCase.OwnerName),
        ]));
        foreach (var axis in Enum.GetValues<EvaluationAxis>())
        {
            var rating = useCase.Evaluation.RatingOf(axis);
            body.Add(new TextBlock(UseCaseTexts.Of(axis, language)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true });
            body.Add(new ChoiceSetInput
            {
                Id = UseCaseActionData.RatingInput(axis),
                Label = UseCaseTexts.Rating.In(language),
                Style = ChoiceInputStyle.Expanded,
                Choices = Enumerable.Range(AxisRating.Lowest, AxisRating.Highest).Select(r => new Choice(UseCaseTexts.Invariant(r), UseCaseTexts.Invariant(r))).ToList(),
                Value = rating is null ? null : UseCaseTexts.Invariant(rating.Rating),
            });
            body.Add(new TextInput { Id = UseCaseActionData.RatingCommentInput(axis), Label = UseCaseTexts.AxisComment.In(language), Value = rating?.Comment, IsMultiline = true, MaxLength = AxisRating.CommentLength });
        }
        body.Add(new TextBlock(score is null
            ? UseCaseTexts.ScorePending.In(language)
            : UseCaseTexts.IndustrialisationScore.In(language) + " : " + UseCaseTexts.ScoreValue.In(language, score.Total, IndustrialisationScore.MaxTotal, UseCaseTexts.Of(score.Recommendation, language)))
        {
            Id = "score",
            Weight = TextWeight.Bolder,
            Spacing = Spacing.Medium,
        });
        body.Add(new TextInput { Id = UseCaseActionData.CommentInput, Label = UseCaseTexts.Questions.In(language), IsMultiline = true, MaxLength = TransitionRequest.CommentLength });

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = UseCaseTexts.EvaluationTitle.In(language, UseCaseCard.Heading(useCase, language)),
            Body = body,
            Actions =
            [
                CardKit.Button(UseCaseTexts.SaveScores.In(language), UseCaseVerbs.SaveScores, data.ToJson()),
                CardKit.Button(UseCaseTexts.Action(LifecycleAction.MarkEvaluated, language), UseCaseVerbs.SaveScores, (data with { Action = LifecycleAction.MarkEvaluated }).ToJson(), ActionStyle.Positive),
                CardKit.Button(UseCaseTexts.Action(LifecycleAction.SendBack, language), UseCaseVerbs.Transition, (data with { Action = LifecycleAction.SendBack }).ToJson()),
                CardKit.Button(UseCaseTexts.BackToCase.In(language), UseCaseVerbs.Open, data.ToJson()),
            ],
        };
    }
}
