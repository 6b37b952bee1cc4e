using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Domain.Tests.UseCases;

namespace GovernanceBot.Domain.Tests.Newsletter;

/// <summary>Wordings, people and a known quarter (Q4 2026) the newsletter tests share.</summary>
internal static class NewsletterSamples
{
    public static readonly Quarter Q4 = new(2026, 4);
    public static readonly DateOnly Today = new(2026, 12, 1);
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly NewsletterActor Camille = new("aad-camille", "Camille", IsComms: true);
    public static readonly NewsletterActor Malik = new("aad-malik", "Malik", IsComms: true);
    public static readonly NewsletterActor Hubert = new("aad-hubert", "Hubert", IsComms: false);

    public static readonly NewsletterWording French = new(
        Language.French,
        "Les chiffres du trimestre", "{submitted} cas soumis, {live} mis en production, {industrialising} en industrialisation, {inProduction} en production au total.",
        "Nouveaux cas en production", "• {title} ({number}, hub {hub}), en production le {date} : {impact}. Contact : {contact}.", "impact à venir", "à préciser",
        "Retours d'expérience", "• {title} ({number}) : « {lesson} » ({author})",
        "Évolutions des standards", "• {title} ({date}) : {summary}",
        "Agenda", "• {date} — {kind} : {title}", " ({place})",
        "Champion de l'industrialisation", "Bravo au hub {hub} : {count} cas en production ce trimestre ({titles}).",
        new Dictionary<EventKind, string> { [EventKind.TechTalk] = "Tech talk", [EventKind.Training] = "Formation", [EventKind.Workshop] = "Atelier", [EventKind.Other] = "Événement" });

    public static readonly NewsletterWording English = new(
        Language.English,
        "The quarter in figures", "{submitted} submitted, {live} went live, {industrialising} being industrialised, {inProduction} in production overall.",
        "New in production", "• {title} ({number}, {hub} hub), live on {date}: {impact}. Contact: {contact}.", "impact to come", "to be confirmed",
        "Lessons learnt", "• {title} ({number}): \"{lesson}\" ({author})",
        "Standards updates", "• {title} ({date}): {summary}",
        "Coming up", "• {date} — {kind}: {title}", " ({place})",
        "Industrialisation champion", "Well done to the {hub} hub: {count} use cases went live this quarter ({titles}).",
        new Dictionary<EventKind, string> { [EventKind.TechTalk] = "Tech talk", [EventKind.Training] = "Training", [EventKind.Workshop] = "Workshop", [EventKind.Other] = "Event" });

    public static readonly IReadOnlyDictionary<string, string> Hubs = new Dictionary<string, string>
    {
        ["retail-banking"] = "Banque de détail",
        ["insurance"] = "Assurance",
    };

    /// <summary>A use case in production, live on <paramref name="goLive"/>, with the given number, hub and facts.</summary>
    public static UseCase Live(int sequence, string hubId, string title, DateOnly goLive, string? kpi = "attrition −2 pts", string? contact = "support-data@example.org") =>
        SampleUseCases.In(UseCaseState.InProduction) with
        {
            Id = Guid.NewGuid(),
            Number = new UseCaseNumber(2026, sequence),
            HubId = hubId,
            Content = SampleUseCases.CompleteContent() with { Value = SampleUseCases.CompleteContent().Value with { Title = title } },
            Production = new ProductionFacts { GoLiveDate = goLive, KpiValues = kpi, SupportContact = contact },
        };

    public static UseCase InState(UseCaseState state, int sequence, DateTimeOffset? submittedAt = null) =>
        SampleUseCases.In(state) with { Id = Guid.NewGuid(), Number = new UseCaseNumber(2026, sequence), SubmittedAt = submittedAt ?? Now.AddDays(-200) };

    public static NewsletterSection Section(string id, string body = "Texte de la section.") => new(id, SectionKind.Custom, "Titre " + id, body, []);

    public static NewsletterIssue Draft(int requiredApprovals = 1, params string[] sectionIds) =>
        NewsletterIssue.Start(Q4, Language.French, (sectionIds.Length == 0 ? ["a", "b", "c"] : sectionIds).Select(id => Section(id)).ToList(), requiredApprovals, Camille, Now);
}
