using GovernanceBot.Copil;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;

namespace GovernanceBot.Newsletter;

/// <summary>
/// Gathers what a quarter's issue may draw on from the stores: the use-case registry, the hubs' names, the
/// lessons learnt, the standards the Copil noted and the comms team's events. The composer picks what belongs.
/// </summary>
public sealed class NewsletterFactsReader(CopilRegistry registry, IHubDirectory hubs, NewsletterNotesStore notes, CopilNoteStore copilNotes)
{
    public async Task<QuarterFacts> ReadAsync(Quarter quarter, DateOnly today, CancellationToken cancellationToken)
    {
        var useCases = await registry.InStatesAsync(Enum.GetValues<UseCaseState>().Where(s => s != UseCaseState.Draft), cancellationToken);
        var hubNames = (await hubs.ListAsync(cancellationToken)).ToDictionary(h => h.Id, h => h.Name, StringComparer.Ordinal);
        var standards = (await copilNotes.ListAsync(CopilNoteKind.Standard, cancellationToken))
            .Select(n => new StandardChange(n.Id, n.Text, n.AddedByName ?? "", DateOnly.FromDateTime(n.AddedAt.UtcDateTime)))
            .ToList();
        return new QuarterFacts(quarter, today, useCases, hubNames, await notes.ListLessonsAsync(cancellationToken), standards, await notes.ListEventsAsync(cancellationToken));
    }
}
