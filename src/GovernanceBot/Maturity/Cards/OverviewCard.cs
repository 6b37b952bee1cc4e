using GovernanceBot.Cards;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity.Cards;

/// <summary>Every hub's latest score side by side on the same 0–100 % bars, for the central team, the Copil and admins.</summary>
internal static class OverviewCard
{
    public static AdaptiveCard Build(QuestionnaireDefinition definition, IReadOnlyList<HubLatestScore> hubs, Language language)
    {
        var body = new List<CardElement>
        {
            CardKit.Title(MaturityTexts.OverviewTitle.In(language)),
            CardKit.Subtle(MaturityTexts.OverviewSubtitle.In(language)),
        };
        body.AddRange(hubs.Select(h => Row(definition, h, language)));

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = MaturityTexts.OverviewTitle.In(language),
            Body = body,
        };
    }

    private static ColumnSet Row(QuestionnaireDefinition definition, HubLatestScore line, Language language)
    {
        var items = new List<CardElement> { new TextBlock(line.Hub.Name) { Weight = TextWeight.Bolder } };
        if (line.Latest is { } latest)
        {
            var score = latest.Score;
            var level = definition.IsSameAs(score.QuestionnaireId, score.QuestionnaireVersion)
                ? definition.FindBracket(score.BracketId)?.Title.In(language) ?? score.BracketId
                : $"v{score.QuestionnaireVersion}";
            items.Add(new TextBlock(MaturityTexts.OverviewRow.In(language, score.Total, score.MaxScore, score.Percentage, level, MaturityTexts.Date(latest.CompletedAt, language))) { Spacing = Spacing.None });
            items.Add(CardKit.PercentBar(score.Percentage));
        }
        else
        {
            items.Add(CardKit.Subtle(MaturityTexts.OverviewNoAssessment.In(language)));
        }

        return new ColumnSet
        {
            Separator = true,
            Columns =
            [
                new Column { Width = "stretch", Items = items },
                new Column
                {
                    Width = "auto",
                    VerticalContentAlignment = "Center",
                    Items =
                    [
                        new ActionSet
                        {
                            Actions = [new ExecuteAction { Title = MaturityTexts.SeeHistory.In(language), Verb = MaturityVerbs.History, Data = new MaturityActionData { HubId = line.Hub.Id }.ToJson() }],
                        },
                    ],
                },
            ],
        };
    }
}
