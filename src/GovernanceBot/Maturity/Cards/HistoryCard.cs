using GovernanceBot.Cards;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity.Cards;

/// <summary>
/// A hub's finished assessments, newest first, each with its percentage on a fixed 0–100 % bar (a chart scaled
/// to the best score would make small changes look large).
/// </summary>
internal static class HistoryCard
{
    public static AdaptiveCard Build(
        QuestionnaireDefinition definition,
        string hubName,
        IReadOnlyList<CompletedAssessment> newestFirst,
        bool mayViewAllHubs,
        Language language)
    {
        var body = new List<CardElement> { CardKit.Title(MaturityTexts.HistoryTitle.In(language, hubName)) };
        if (newestFirst.Count == 0)
        {
            body.Add(new TextBlock(MaturityTexts.HistoryEmpty.In(language)) { Id = "historyEmpty" });
        }
        else
        {
            body.AddRange(newestFirst.Select(a => Row(definition, a, language)));
        }

        var actions = new List<CardAction> { new ExecuteAction { Title = MaturityTexts.NewAssessment.In(language), Verb = MaturityVerbs.Start } };
        if (mayViewAllHubs) actions.Add(new ExecuteAction { Title = MaturityTexts.Overview.In(language), Verb = MaturityVerbs.Overview });

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = MaturityTexts.HistoryTitle.In(language, hubName),
            Body = body,
            Actions = actions,
        };
    }

    private static IEnumerable<CardElement> By(CompletedAssessment assessment) =>
        assessment.RespondentName is { } name ? [CardKit.Subtle(name)] : [];

    private static ColumnSet Row(QuestionnaireDefinition definition, CompletedAssessment assessment, Language language)
    {
        var score = assessment.Score;
        var level = definition.IsSameAs(score.QuestionnaireId, score.QuestionnaireVersion)
            ? definition.FindBracket(score.BracketId)?.Title.In(language) ?? score.BracketId
            : $"v{score.QuestionnaireVersion}";
        var line = MaturityTexts.HistoryRow.In(language, MaturityTexts.Date(assessment.CompletedAt, language), score.Total, score.MaxScore, score.Percentage, level);
        return new ColumnSet
        {
            Separator = true,
            Columns =
            [
                new Column
                {
                    Width = "stretch",
                    VerticalContentAlignment = "Center",
                    Items = [new TextBlock(line), CardKit.PercentBar(score.Percentage), .. By(assessment)],
                },
                new Column
                {
                    Width = "auto",
                    VerticalContentAlignment = "Center",
                    Items =
                    [
                        new ActionSet
                        {
                            Actions =
                            [
                                new ExecuteAction
                                {
                                    Title = MaturityTexts.View.In(language),
                                    Verb = MaturityVerbs.Result,
                                    Data = new MaturityActionData { HubId = assessment.HubId, AssessmentId = assessment.Id }.ToJson(),
                                },
                            ],
                        },
                    ],
                },
            ],
        };
    }
}
