using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.UseCases;

namespace GovernanceBot.Tests.Copil;

/// <summary>Evaluated use cases with chosen T.L.D. ratings, feasibility and evaluation, as the Copil finds them.</summary>
internal static class CopilSamples
{
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    public static UseCase Evaluated(string title, Rating tld, FeasibilityVerdict verdict, int sequence, int ratings = 4, string hubId = UseCaseJourney.HubId, UseCaseState state = UseCaseState.Evaluated)
    {
        var content = UseCaseSamples.Complete(title);
        var evaluation = Enum.GetValues<EvaluationAxis>().Aggregate(IndustrialisationEvaluation.Empty, (e, axis) => e.With(axis, new AxisRating(axis == EvaluationAxis.IndustrialisationComplexity ? 6 - ratings : ratings, null)));
        return new UseCase
        {
            Id = Guid.NewGuid(),
            Number = new UseCaseNumber(2026, sequence),
            HubId = hubId,
            SubmitterKey = "aad-alice",
            SubmitterName = "Alice",
            Content = content with
            {
                Value = content.Value with { Time = tld, Logic = tld, Data = tld },
                Feasibility = content.Feasibility with { Verdict = verdict, Conditions = verdict == FeasibilityVerdict.FeasibleWithConditions ? "Data contract first." : null },
            },
            State = state,
            StateSince = Now,
            Evaluation = evaluation,
            SubmittedAt = Now.AddDays(-sequence),
            Revision = 5,
            CreatedAt = Now.AddDays(-30),
            UpdatedAt = Now,
        };
    }
}
