using GovernanceBot.Cards;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity.Cards;

/// <summary>
/// The result visuals: a Teams gauge of the total (coloured by bracket) and a bar per category, each with a
/// text-bar fallback that any Adaptive Card host renders.
/// </summary>
internal static class ScoreVisuals
{
    private static readonly string[] BracketColors = ["attention", "warning", "good"];

    public static CardElement Gauge(MaturityScore score, QuestionnaireDefinition? definition, Language language)
    {
        var fallback = new Container
        {
            Items =
            [
                new TextBlock(MaturityTexts.GaugeTitle.In(language)) { Weight = TextWeight.Bolder },
                new TextBlock($"{CardKit.TextBar(score.Percentage)}  {score.Total} / {score.MaxScore}"),
            ],
        };
        var segments = definition is null
            ? [new GaugeChartSegment { Size = score.MaxScore, Color = "accent" }]
            : definition.Brackets.Select((b, i) => new GaugeChartSegment
            {
                // Integer brackets on a continuous dial: [From, To + 1), the last one ending at the maximum,
                // so the arcs add up to exactly MaxScore.
                Size = Math.Min(b.To + 1, score.MaxScore) - b.From,
                Legend = b.Title.In(language),
                Color = BracketColors[Math.Min(i * BracketColors.Length / definition.Brackets.Count, BracketColors.Length - 1)],
            }).ToList();
        return new GaugeChart
        {
            Id = "scoreGauge",
            Title = MaturityTexts.GaugeTitle.In(language),
            Value = score.Total,
            Min = 0,
            Max = score.MaxScore,
            ValueFormat = "Fraction",
            ShowMinMax = true,
            ShowLegend = definition is not null,
            Segments = segments,
            Fallback = CardFallback.To(fallback),
        };
    }

    public static CardElement Categories(MaturityScore score, QuestionnaireDefinition? definition, Language language)
    {
        string Name(CategoryScore c) => definition?.Categories.FirstOrDefault(x => x.Id == c.CategoryId)?.Title.In(language) ?? c.CategoryId;

        var fallback = new Container
        {
            Items =
            [
                .. score.Categories.Select(c => new ColumnSet
                {
                    Columns =
                    [
                        new Column { Width = "stretch", Items = [new TextBlock(Name(c))] },
                        new Column { Width = "auto", Items = [new TextBlock(CardKit.TextBar(c.Percentage, 10))] },
                        new Column { Width = "auto", Items = [new TextBlock(MaturityTexts.CategoryPoints.In(language, c.Points, c.MaxPoints))] },
                    ],
                }),
            ],
        };
        return new VerticalBarChart
        {
            Id = "categoryChart",
            Title = MaturityTexts.CategoriesTitle.In(language),
            YAxisTitle = MaturityTexts.CategoryChartAxis.In(language),
            ColorSet = "categorical",
            ShowBarValues = true,
            Data = score.Categories.Select(c => new VerticalBarChartDatum($"{Name(c)} ({c.Points}/{c.MaxPoints})", c.Percentage)).ToList(),
            Fallback = CardFallback.To(fallback),
        };
    }
}
