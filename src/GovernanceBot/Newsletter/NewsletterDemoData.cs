using GovernanceBot.Demo;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.UseCases;

namespace GovernanceBot.Newsletter;

/// <summary>
/// For the zero-configuration run: a few upcoming events and a lesson learnt on the demo use case in production,
/// so "newsletter" drafts a full issue at once. Fixed ids make a rerun add nothing; dates follow today.
/// </summary>
internal sealed class NewsletterDemoData(NewsletterNotesStore notes, UseCaseStore useCases, TimeProvider clock) : IDemoDataContributor
{
    private static readonly Guid LessonId = Guid.Parse("5e7d0c11-0002-4b2a-9c0e-000000000001");
    private static readonly Guid InProductionDemoCase = Guid.Parse("7c1a0d52-0001-4c1e-8a51-000000000001");

    private static readonly (Guid Id, EventKind Kind, string Title, int InDays, string? Place)[] Events =
    [
        (Guid.Parse("5e7d0c11-0001-4b2a-9c0e-000000000001"), EventKind.TechTalk, "Feature store : retours de six mois d'usage", 12, "Auditorium, siège"),
        (Guid.Parse("5e7d0c11-0001-4b2a-9c0e-000000000002"), EventKind.Training, "MLOps pour les équipes hub", 26, "En ligne"),
        (Guid.Parse("5e7d0c11-0001-4b2a-9c0e-000000000003"), EventKind.Workshop, "Écrire une fiche modèle utile", 40, null),
    ];

    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var known = (await notes.ListEventsAsync(cancellationToken)).Select(e => e.Id).ToHashSet();
        foreach (var (id, kind, title, inDays, place) in Events.Where(e => !known.Contains(e.Id)))
            await notes.AddEventAsync(new UpcomingEvent(id, kind, title, today.AddDays(inDays), place), cancellationToken);

        if ((await notes.ListLessonsAsync(cancellationToken)).Any(l => l.Id == LessonId)) return;
        if (await useCases.GetAsync(InProductionDemoCase, cancellationToken) is not { UseCase: { Number: { } number } useCase }) return;
        await notes.AddLessonAsync(new LessonLearnt(LessonId, number.ToString(), useCase.Title, useCase.HubId,
            "Associer les conseillers dès le prototype a divisé par deux les allers-retours sur les alertes.", "Camille Martin", clock.GetUtcNow()), "demo-camille-martin", cancellationToken);
    }
}
