using System.Buffers.Binary;
using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Copil.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.TestSupport.Cards;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Copil;

public class QuadrantChartTests
{
    private static readonly PriorityScoring Scoring = new(PriorityWeights.Default, IndustrialisationScoring.Default);

    private static IReadOnlyList<RankedUseCase> Ranked(int count) =>
        PriorityRanking.Rank(Enumerable.Range(1, count).Select(i => CopilSamples.Evaluated($"Case {i}", (Rating)(i % 3), (FeasibilityVerdict)(i % 3), i, ratings: 1 + i % 5)), _ => CopilCriteria.None, Scoring);

    [Fact]
    public void The_chart_is_a_png_of_the_announced_dimensions_and_small_enough_for_a_card()
    {
        var png = QuadrantChart.Render(Ranked(30), 60, "Valeur", "Faisabilité");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.Equal(QuadrantChart.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(QuadrantChart.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.InRange(png.Length, 2_000, QuadrantChart.MaxPngBytes);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "copil-quadrant.png"), png);
    }

    [Fact]
    public void The_priorities_card_embeds_the_chart_with_alt_text_and_stays_under_the_teams_payload_limit()
    {
        var card = PrioritiesCard.Build(Ranked(40), 60, Language.French);
        var json = card.ToJson().ToJsonString();

        var image = JsonNode.Parse(json)!["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "quadrant")!;
        Assert.StartsWith("data:image/png;base64,", image["url"]!.GetValue<string>());
        Assert.Contains("Quadrant valeur/faisabilité", image["altText"]!.GetValue<string>());
        var bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        Assert.True(bytes < 28 * 1024, $"card is {bytes} bytes");
    }

    [Fact]
    public void The_ranked_table_is_the_text_alternative_and_lists_cases_that_cannot_be_placed()
    {
        var unplaced = CopilSamples.Evaluated("No data yet", Rating.High, FeasibilityVerdict.Feasible, 99) is var u
            ? u with { Evaluation = IndustrialisationEvaluation.Empty, Content = u.Content with { Feasibility = new Feasibility() } }
            : null!;
        var ranked = PriorityRanking.Rank([.. Ranked(3).Select(r => r.UseCase), unplaced], _ => CopilCriteria.None, Scoring);

        var text = PrioritiesCard.Build(ranked, 60, Language.English).ToJson().AllText();

        Assert.Contains("4. No data yet (UC-2026-0099) — not placed: data to complete", text);
        Assert.Contains("Feasibility ?/100: missing data availability", text);
        Assert.Contains("Value 100/100: process time ++ · logic recurrence ++ · data ++ · missing ROI, business criticality, strategic alignment", text);
    }

    [Fact]
    public async Task Copil_cards_are_valid_for_the_adaptive_cards_1_5_parser()
    {
        var at = CopilSamples.Now;
        var kpis = KpiCalculator.Compute([new UseCaseRecord(CopilSamples.Evaluated("Live", Rating.High, FeasibilityVerdict.Feasible, 1, state: UseCaseState.InProduction) with
            { Production = new ProductionFacts { KpiValues = "adoption 80 %" } },
            [new HistoryEntry(at.AddDays(-90), 1, "k", null, HistoryEvent.Created, UseCaseState.Draft, UseCaseState.Draft),
             new HistoryEntry(at.AddDays(-80), 2, "k", null, HistoryEvent.Submitted, UseCaseState.Draft, UseCaseState.Submitted),
             new HistoryEntry(at, 3, "k", null, HistoryEvent.WentLive, UseCaseState.InValidation, UseCaseState.InProduction)])], [new HubMaturity("retail", at, 62)]);
        var industrialising = CopilSamples.Evaluated("Scoring", Rating.Medium, FeasibilityVerdict.FeasibleWithConditions, 4, ratings: 2, state: UseCaseState.InValidation);
        var agenda = AgendaBuilder.Build(DateOnly.FromDateTime(at.UtcDateTime), null, [.. Ranked(3).Select(r => r.UseCase), industrialising], _ => CopilCriteria.None, Scoring,
            [new CopilNote(Guid.NewGuid(), CopilNoteKind.Standard, 1, "Model cards", "k", null, at)], AgendaAdjustments.None.Add("Welcome"));

        AdaptiveCard[] cards =
        [
            PrioritiesCard.Build(Ranked(5), 60, Language.French),
            PrioritiesCard.Build([], 60, Language.English),
            KpiCard.Build(kpis, Language.French),
            KpiCard.Build(KpiCalculator.Compute([], []), Language.English),
            AgendaCard.Build(agenda, 2, Language.French),
        ];

        await CardValidator.AssertValidAsync([.. cards.Select((c, i) => ($"copil-{i}", c.ToJson()))]);
        Assert.Contains("validation métier attendue", cards[4].ToJson().AllText());
        Assert.Contains("pas encore de données", cards[3].ToJson().AllText().Replace("no data yet", "pas encore de données"));
    }
}
