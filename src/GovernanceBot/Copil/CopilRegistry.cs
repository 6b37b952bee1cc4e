using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.UseCases;

namespace GovernanceBot.Copil;

/// <summary>Reads what the Copil works from out of the use-case registry: the cases in given states, and the submitted cases with their history.</summary>
public sealed class CopilRegistry(UseCaseStore useCases)
{
    /// <summary>History lines read per case for the KPIs; a case's whole journey is a few dozen lines.</summary>
    private const int HistoryLines = 1000;

    public async Task<IReadOnlyList<UseCase>> InStatesAsync(IEnumerable<UseCaseState> states, CancellationToken cancellationToken)
    {
        var found = new List<UseCase>();
        foreach (var state in states)
        {
            foreach (var item in await useCases.ListByStateAsync(state, cancellationToken))
            {
                if (await useCases.GetAsync(item.Id, cancellationToken) is { } stored) found.Add(stored.UseCase);
            }
        }
        return found;
    }

    /// <summary>Every case ever submitted (drafts never submitted belong to their hub alone), with its history.</summary>
    public async Task<IReadOnlyList<UseCaseRecord>> SubmittedRecordsAsync(CancellationToken cancellationToken)
    {
        var records = new List<UseCaseRecord>();
        foreach (var useCase in await InStatesAsync(Enum.GetValues<UseCaseState>(), cancellationToken))
        {
            if (useCase.Number is null) continue;
            records.Add(new UseCaseRecord(useCase, await useCases.HistoryAsync(useCase.Id, HistoryLines, cancellationToken)));
        }
        return records;
    }
}
