using GovernanceBot.Demo;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Hubs;

namespace GovernanceBot.Maturity;

/// <summary>
/// Past assessments for the demo hubs, so history, comparison and the overview have something to show.
/// A hub that already has any assessment is left alone; ids are fixed so a rerun adds nothing.
/// </summary>
internal sealed class MaturityDemoData(QuestionnaireDefinition definition, MaturityStore store, IHubDirectory hubs, TimeProvider clock) : IDemoDataContributor
{
    private sealed record Sample(string HubName, string Id, int MonthsAgo, string Respondent, string Answers);

    // Answers read "question=value"; unlisted questions take their lowest answer.
    private static readonly Sample[] Samples =
    [
        new("Banque de détail", "5d0c1e2a-0001-4a6e-9d1b-000000000001", 9, "Camille Martin",
            "lineage=partly,etl-tool=yes,bi-practice=yes,bi-success=5,data-warehouse=yes,ai-poc=partly,data-analyst=yes,leadership-support=partly"),
        new("Banque de détail", "5d0c1e2a-0001-4a6e-9d1b-000000000002", 2, "Camille Martin",
            "lineage=yes,etl-tool=yes,bi-practice=yes,bi-success=7,data-warehouse=yes,data-governance=partly,ai-practice-age=under-1-year,ai-poc=yes,ai-projects=1-2,data-analyst=yes,leadership-support=yes,business-interest=partly"),
        new("Assurance", "5d0c1e2a-0001-4a6e-9d1b-000000000003", 4, "Hugo Bernard",
            "lineage=yes,etl-tool=yes,bi-practice=yes,bi-success=8,data-warehouse=yes,data-governance=yes,ai-practice-age=1-3-years,ai-poc=yes,ai-product=yes,ai-projects=3-5,data-analyst=yes,data-driven=partly,leadership-support=yes,it-support=yes,business-interest=yes"),
        new("Courrier & colis", "5d0c1e2a-0001-4a6e-9d1b-000000000004", 1, "Inès Petit",
            "etl-tool=partly,bi-practice=partly,bi-success=4,data-warehouse=partly,ai-poc=partly,it-support=partly,business-interest=yes"),
    ];

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var group in Samples.GroupBy(s => HubIds.FromName(s.HubName)))
        {
            if (await hubs.FindAsync(group.Key, cancellationToken) is null) continue;
            if ((await store.ListCompletedAsync(group.Key, 1, cancellationToken)).Count > 0) continue;
            foreach (var sample in group) await store.AddCompletedAsync(Build(group.Key, sample), cancellationToken);
        }
    }

    private CompletedAssessment Build(string hubId, Sample sample)
    {
        var answers = definition.Questions.ToDictionary(
            q => q.Id,
            q => q.IsScale ? q.Scale!.Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : q.Options.MinBy(o => o.Points)!.Value);
        foreach (var pair in sample.Answers.Split(','))
        {
            var parts = pair.Split('=');
            answers[parts[0]] = parts[1];
        }
        var score = MaturityScoring.ScoreIfComplete(definition, answers)
            ?? throw new InvalidOperationException($"Demo assessment {sample.Id} does not answer every question of {definition.Id} v{definition.Version}.");
        var completedAt = clock.GetUtcNow().AddMonths(-sample.MonthsAgo);
        return new CompletedAssessment(Guid.Parse(sample.Id), hubId, "demo", sample.Respondent, completedAt, answers, score);
    }
}
