using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;

namespace GovernanceBot.Copil.Cards;

/// <summary>
/// The ranked list with the quadrant image on top. The image carries alt text; the ranked table is the text
/// alternative (every case, placed or not, with both scores, their one-line explanations and its quadrant).
/// </summary>
internal static class PrioritiesCard
{
    /// <summary>Lines shown with both explanations; further cases follow one short line each, so the card stays under Teams' payload limit and none is dropped.</summary>
    public const int DetailedLines = 6;

    public const int MaxLines = 60;

    public static AdaptiveCard Build(IReadOnlyList<RankedUseCase> ranked, double highFrom, Language language)
    {
        var body = new List<CardElement> { CardKit.Title(CopilTexts.PrioritiesTitle.In(language, ranked.Count)) };
        if (ranked.Count == 0)
        {
            body.Add(new TextBlock(CopilTexts.PrioritiesEmpty.In(language)) { Id = "empty" });
            return new AdaptiveCard { Body = body };
        }
        body.Add(Chart(ranked, highFrom, language));
        foreach (var line in ranked.Take(DetailedLines))
        {
            body.Add(new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock(CopilTexts.RankLine.In(language, line.Position, line.UseCase.Title, line.UseCase.Number?.ToString() ?? "—", CopilWording.Quadrant(line.Score.Quadrant, language)))
                        { Weight = TextWeight.Bolder, Wrap = true },
                    CardKit.Subtle(CopilTexts.ValueLine.In(language, CopilWording.Score(line.Score.Value, language), CopilWording.Explain(line.Score.Value, language))),
                    CardKit.Subtle(CopilTexts.FeasibilityLine.In(language, CopilWording.Score(line.Score.Feasibility, language), CopilWording.Explain(line.Score.Feasibility, language))),
                ],
            });
        }
        var rest = ranked.Skip(DetailedLines).Take(MaxLines - DetailedLines).ToList();
        if (rest.Count > 0)
        {
            body.Add(new TextBlock(string.Join("\n", rest.Select(line => CopilTexts.RankLine.In(language, line.Position, line.UseCase.Title, line.UseCase.Number?.ToString() ?? "—",
                $"{CopilWording.Score(line.Score.Value, language)} / {CopilWording.Score(line.Score.Feasibility, language)} · {CopilWording.Quadrant(line.Score.Quadrant, language)}"))))
                { Id = "more", Separator = true, Size = TextSize.Small });
        }
        return new AdaptiveCard { Body = body };
    }

    /// <summary>The chart as a data: URI image, or a note when it would not fit in a card.</summary>
    public static CardElement Chart(IReadOnlyList<RankedUseCase> ranked, double highFrom, Language language)
    {
        var png = QuadrantChart.Render(ranked, highFrom, CopilTexts.ValueAxis.In(language), CopilTexts.FeasibilityAxis.In(language));
        if (png.Length > QuadrantChart.MaxPngBytes) return CardKit.Notice(CopilTexts.ChartTooLarge.In(language));
        var placed = ranked.Count(r => r.Score.Quadrant != Quadrant.NotPlaced);
        var shortTerm = ranked.Count(r => r.Score.Quadrant == Quadrant.ShortTerm);
        return new Image { Id = "quadrant", Url = QuadrantChart.DataUri(png), AltText = CopilTexts.ChartAlt.In(language, placed, shortTerm), Size = ImageSize.Stretch };
    }
}
