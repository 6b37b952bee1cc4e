using GovernanceBot.Cards;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity.Cards;

/// <summary>
/// The result visuals: a Teams gauge of the total (coloured by bracket) and a 0–100 % bar per category, each
/// with a text-bar fallback that any Adaptive Card host renders.
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

    /// <summary>
    /// One row per category: its name and points over a native bar on a fixed 0–100 % scale. A chart scaled to
    /// its highest bar would exaggerate differences, and names under vertical bars get cut; rows wrap instead.
    /// </summary>
    public static Container Categories(MaturityScore score, QuestionnaireDefinition? definition, Language language)
    {
        string Name(CategoryScore c) => definition?.Categories.FirstOrDefault(x => x.Id == c.CategoryId)?.Title.In(language) ?? c.CategoryId;

        return new Container
        {
            Id = "categoryBars",
            Items =
            [
                .. score.Categories.Select(c => PercentRow(Name(c), MaturityTexts.CategoryPoints.In(language, c.Points, c.MaxPoints, c.Percentage), c.Percentage)),
            ],
        };
    }

    /// <summary>A label and its figures on one line, the 0–100 % bar under them.</summary>
    public static Container PercentRow(string label, string figures, int percentage, string? id = null) => new()
    {
        Id = id,
        Spacing = Spacing.Small,
        Items =
        [
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = "stretch", Items = [new TextBlock(label)] },
                    new Column { Width = "auto", Items = [new TextBlock(figures) { IsSubtle = true }] },
                ],
            },
            CardKit.PercentBar(percentage),
        ],
    };
}
