using GovernanceBot.Cards;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity.Cards;

/// <summary>
/// A finished assessment: total out of the maximum, percentage, bracket and its meaning, the visuals, the
/// per-category breakdown, the comparison with the hub's previous assessment and the recommended actions.
/// </summary>
internal static class ResultCard
{
    public static AdaptiveCard Build(
        QuestionnaireDefinition definition,
        CompletedAssessment assessment,
        CompletedAssessment? previous,
        string hubName,
        Language language,
        string? notice = null)
    {
        var score = assessment.Score;
        var sameVersion = definition.IsSameAs(score.QuestionnaireId, score.QuestionnaireVersion);
        var bracket = sameVersion ? definition.FindBracket(score.BracketId) : null;
        var byline = assessment.RespondentName is null
            ? MaturityTexts.ResultBylineAnonymous.In(language, MaturityTexts.Date(assessment.CompletedAt, language))
            : MaturityTexts.ResultByline.In(language, MaturityTexts.Date(assessment.CompletedAt, language), assessment.RespondentName);

        var body = new List<CardElement>
        {
            CardKit.Title(MaturityTexts.ResultTitle.In(language, hubName)),
            CardKit.Subtle(byline),
        };
        if (notice is not null) body.Add(CardKit.Notice(notice));
        body.Add(new TextBlock(MaturityTexts.ScoreLine.In(language, score.Total, score.MaxScore, score.Percentage))
        {
            Id = "scoreLine",
            Size = TextSize.Large,
            Weight = TextWeight.Bolder,
            Spacing = Spacing.Medium,
        });
        if (bracket is not null)
        {
            body.Add(new TextBlock(MaturityTexts.LevelLine.In(language, bracket.Title.In(language))) { Id = "levelLine", Weight = TextWeight.Bolder, Spacing = Spacing.None });
            body.Add(new TextBlock(bracket.Meaning.In(language)));
        }
        else
        {
            body.Add(CardKit.Subtle(MaturityTexts.OtherVersionResult.In(language, score.QuestionnaireVersion)));
        }

        var shownDefinition = sameVersion ? definition : null;
        body.Add(ScoreVisuals.Gauge(score, shownDefinition, language));
        body.Add(new TextBlock(MaturityTexts.CategoriesTitle.In(language)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        body.Add(ScoreVisuals.Categories(score, shownDefinition, language));
        body.AddRange(Comparison(definition, previous, score, language));

        if (sameVersion)
        {
            var recommendations = MaturityRecommendations.For(definition, assessment.Answers, score);
            body.Add(new TextBlock(MaturityTexts.ActionsTitle.In(language)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.Add(CardKit.Bullets(recommendations.Where(r => !r.IsTriggeredByAnswer).Select(r => r.Text.In(language))));
            var triggered = recommendations.Where(r => r.IsTriggeredByAnswer).ToList();
            if (triggered.Count > 0)
            {
                body.Add(new TextBlock(MaturityTexts.TriggeredActionsTitle.In(language)) { Weight = TextWeight.Bolder });
                body.Add(CardKit.Bullets(triggered.Select(r => r.Text.In(language))));
            }
        }

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = MaturityTexts.ScoreLine.In(language, score.Total, score.MaxScore, score.Percentage),
            Body = body,
            Actions =
            [
                new ExecuteAction { Title = MaturityTexts.SeeHistory.In(language), Verb = MaturityVerbs.History, Data = new MaturityActionData { HubId = assessment.HubId }.ToJson() },
                new ExecuteAction { Title = MaturityTexts.NewAssessment.In(language), Verb = MaturityVerbs.Start },
            ],
        };
    }

    private static IEnumerable<CardElement> Comparison(QuestionnaireDefinition definition, CompletedAssessment? previous, MaturityScore current, Language language)
    {
        if (previous is null)
        {
            yield return new TextBlock(MaturityTexts.ComparisonFirst.In(language)) { Id = "comparison", IsSubtle = true, Separator = true, Spacing = Spacing.Medium };
            yield break;
        }

        var comparison = AssessmentComparison.Between(previous.Score, current);
        yield return new TextBlock(MaturityTexts.ComparisonTitle.In(language, MaturityTexts.Date(previous.CompletedAt, language)))
        {
            Id = "comparison",
            Weight = TextWeight.Bolder,
            Separator = true,
            Spacing = Spacing.Medium,
        };
        if (!comparison.SameQuestionnaire)
        {
            yield return new TextBlock(MaturityTexts.ComparisonOtherVersion.In(language, previous.Score.QuestionnaireVersion, MaturityTexts.Signed(comparison.PercentageDelta)));
            yield break;
        }

        yield return new TextBlock(MaturityTexts.ComparisonTotal.In(language, MaturityTexts.Signed(comparison.TotalDelta!.Value), MaturityTexts.Signed(comparison.PercentageDelta)))
        {
            Color = comparison.TotalDelta > 0 ? TextColor.Good : comparison.TotalDelta < 0 ? TextColor.Attention : TextColor.Default,
        };
        yield return new FactSet
        {
            Id = "categoryDeltas",
            Facts = comparison.Categories.Select(c => new Fact(
                definition.Categories.FirstOrDefault(x => x.Id == c.CategoryId)?.Title.In(language) ?? c.CategoryId,
                $"{MaturityTexts.Signed(c.Delta)} ({c.PreviousPoints} → {c.CurrentPoints} / {c.MaxPoints})")).ToList(),
        };
    }
}
