using System.Collections.Immutable;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Hubs;
using GovernanceBot.Maturity;
using GovernanceBot.Maturity.Cards;

namespace GovernanceBot.Tests.Maturity;

/// <summary>Every maturity card in the states users meet, built from the questionnaire the bot ships.</summary>
internal static class MaturityCardSamples
{
    public static readonly QuestionnaireDefinition Definition = QuestionnaireLoader.Load(new MaturityOptions());
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly Hub[] SampleHubs =
    [
        new("assurance", "Assurance", Now, null),
        new("banque-de-detail", "Banque de détail", Now, null),
        new("courrier-colis", "Courrier & colis", Now, null),
    ];

    /// <summary>The lowest answer everywhere, then "question=value" overrides.</summary>
    public static ImmutableDictionary<string, string> Answers(string overrides = "")
    {
        var answers = Definition.Questions.ToDictionary(q => q.Id, q => q.IsScale ? q.Scale!.Min.ToString() : q.Options.MinBy(o => o.Points)!.Value);
        foreach (var pair in overrides.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            answers[parts[0]] = parts[1];
        }
        return answers.ToImmutableDictionary();
    }

    public static AssessmentDraft DraftAt(int index, string overrides = "")
    {
        var all = Answers(overrides);
        var answered = Definition.Questions.Take(index).ToImmutableDictionary(q => q.Id, q => all[q.Id]);
        return AssessmentDraft.Start(Definition, Guid.Parse("0f6a8b1c-2d3e-4f50-8a9b-0c1d2e3f4a5b"), "banque-de-detail", "aad-user", Now) with
        {
            CurrentIndex = index,
            Answers = answered,
            Revision = 7,
        };
    }

    public static CompletedAssessment Completed(string overrides, int monthsAgo, string id, int version = 1)
    {
        var answers = Answers(overrides);
        var score = MaturityScoring.ScoreIfComplete(Definition, answers)! with { QuestionnaireVersion = version };
        return new CompletedAssessment(Guid.Parse(id), "banque-de-detail", "aad-user", "Camille Martin", Now.AddMonths(-monthsAgo), answers, score);
    }

    public static readonly CompletedAssessment Earlier = Completed("lineage=yes,etl-tool=yes,bi-practice=yes,bi-success=5", 6, "00000000-0000-0000-0000-0000000000a1");

    public static readonly CompletedAssessment Latest = Completed(
        "lineage=yes,etl-tool=yes,bi-practice=yes,bi-success=8,data-warehouse=partly,ai-poc=yes,ai-projects=1-2,leadership-support=yes,it-support=yes,business-interest=partly",
        0, "00000000-0000-0000-0000-0000000000a2");

    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in new[] { Language.French, Language.English })
        {
            var code = language.Code();
            yield return ($"hub picker {code}", HubPickerCard.Build(SampleHubs, null, language));
            yield return ($"hub picker with notice {code}", HubPickerCard.Build(SampleHubs, "assurance", language, "notice"));
            yield return ($"hub picker long list {code}", HubPickerCard.Build(
                Enumerable.Range(1, 12).Select(i => new Hub($"hub-{i}", $"Hub {i}", Now, null)).ToList(), null, language));
            yield return ($"first question {code}", QuestionCard.Build(Definition, DraftAt(0), "Banque de détail", language));
            yield return ($"scale question answered {code}", QuestionCard.Build(Definition, DraftAt(5, "bi-practice=yes,bi-success=7") with { CurrentIndex = 4 }, "Banque de détail", language));
            yield return ($"duration question {code}", QuestionCard.Build(Definition, DraftAt(5), "Banque de détail", language, "stale"));
            yield return ($"count question {code}", QuestionCard.Build(Definition, DraftAt(9), "Banque de détail", language));
            yield return ($"last question {code}", QuestionCard.Build(Definition, DraftAt(14), "Banque de détail", language));
            yield return ($"saved {code}", SavedCard.Build(Definition, DraftAt(6), "Banque de détail", language));
            yield return ($"first result {code}", ResultCard.Build(Definition, Earlier, null, "Banque de détail", language));
            yield return ($"result with comparison {code}", ResultCard.Build(Definition, Latest, Earlier, "Banque de détail", language));
            yield return ($"result against another version {code}", ResultCard.Build(Definition, Latest, Completed("lineage=yes", 12, "00000000-0000-0000-0000-0000000000a0", version: 0), "Banque de détail", language, "finished"));
            yield return ($"result of another version {code}", ResultCard.Build(Definition, Completed("lineage=yes", 12, "00000000-0000-0000-0000-0000000000a0", version: 0), null, "Banque de détail", language));
            yield return ($"history {code}", HistoryCard.Build(Definition, "Banque de détail", [Latest, Earlier], true, language));
            yield return ($"empty history {code}", HistoryCard.Build(Definition, "Banque de détail", [], false, language));
            yield return ($"overview {code}", OverviewCard.Build(Definition, [new HubLatestScore(SampleHubs[0], null), new HubLatestScore(SampleHubs[1], Latest)], language));
        }
    }
}
