using System.Globalization;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.UseCases.Cards;

namespace GovernanceBot.Copil.Cards;

/// <summary>The KPIs of DESIGN §8 as facts and short lines; a KPI without data says so rather than showing 0.</summary>
internal static class KpiCard
{
    public static AdaptiveCard Build(CopilKpis kpis, Language language)
    {
        var none = CopilTexts.KpiNone.In(language);
        var body = new List<CardElement>
        {
            CardKit.Title(CopilTexts.KpiTitle.In(language)),
            CardKit.Facts(
            [
                (CopilTexts.KpiConversion.In(language), kpis.ConversionRate is { } rate
                    ? CopilTexts.KpiConversionValue.In(language, Math.Round(rate * 100).ToString(CultureInfo.InvariantCulture), kpis.ReachedProduction, kpis.Pocs)
                    : CopilTexts.KpiNoData.In(language)),
                (CopilTexts.KpiTimeToMarket.In(language), Days(kpis.TimeToMarket, language)),
                (CopilTexts.KpiLeadTime.In(language), Days(kpis.EvaluationLeadTime, language)),
                (CopilTexts.KpiSubmissions.In(language), CopilTexts.KpiSubmissionsValue.In(language, kpis.CompleteSubmissions, kpis.IncompleteSubmissions)),
            ]),
            new TextBlock(CopilTexts.KpiDistribution.In(language, string.Join(" · ", kpis.TimeToMarket.Distribution.Select(b => b.ToDays is { } to
                ? CopilTexts.KpiBucket.In(language, to, b.Count)
                : CopilTexts.KpiBucketLast.In(language, b.FromDays, b.Count))))) { Id = "distribution" },
            new TextBlock(CopilTexts.KpiByStatus.In(language, kpis.ByStatus.Count == 0 ? none : string.Join(" · ", kpis.ByStatus.Select(s => $"{UseCaseTexts.Of(s.Key, language)} {s.Value}")))),
            new TextBlock(CopilTexts.KpiByHub.In(language, kpis.ByHub.Count == 0 ? none : string.Join(" · ", kpis.ByHub.Select(h => $"{h.HubId} {h.Submitted}/{h.InProduction}")))),
            new TextBlock(CopilTexts.KpiMaturity.In(language, kpis.MaturityByHub.Count == 0 ? none
                : string.Join(" · ", kpis.MaturityByHub.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.HubId} {m.Score:0}"))))),
            new TextBlock(CopilTexts.KpiAdoption.In(language)),
            kpis.Adoption.Count == 0 ? new TextBlock(none) : CardKit.Bullets(kpis.Adoption.Select(a => $"{a.Number?.ToString() ?? "—"} {a.Title}: {a.KpiValues}")),
        };
        return new AdaptiveCard { Body = body };
    }

    private static string Days(DurationStats stats, Language language) => stats.MedianDays is { } median
        ? CopilTexts.KpiDays.In(language, Rounded(median), stats.Count, Rounded(stats.ShortestDays!.Value), Rounded(stats.LongestDays!.Value))
        : CopilTexts.KpiNoData.In(language);

    private static string Rounded(double days) => Math.Round(days, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
