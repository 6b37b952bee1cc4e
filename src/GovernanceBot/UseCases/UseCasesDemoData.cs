using GovernanceBot.Demo;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;

namespace GovernanceBot.UseCases;

/// <summary>
/// A living registry for the zero-configuration run: use cases of the demo hubs spread over the workflow's
/// states, each brought there through the real transitions so numbers, history and scores are genuine.
/// Fixed ids make a rerun add nothing; a hub missing from the list is skipped.
/// </summary>
internal sealed class UseCasesDemoData(UseCaseStore store, IHubDirectory hubs, TimeProvider clock) : IDemoDataContributor
{
    private static readonly UseCaseActor CentralTeam = new("demo-central", "Équipe centrale (démo)", null, IsCentralTeam: true);
    private static readonly UseCaseActor Copil = new("demo-copil", "Copil (démo)", null, IsCopil: true);

    private sealed record Sample(string Id, string HubName, string Submitter, UseCaseState Target, string Title, string Summary, string Problem, string Datasets, string Kpi, int Days);

    private static readonly Sample[] Samples =
    [
        new("7c1a0d52-0001-4c1e-8a51-000000000001", "Banque de détail", "Camille Martin", UseCaseState.InProduction, "Alerte attrition clients",
            "Repérer les clients susceptibles de partir dans les 90 jours.", "Les départs sont constatés trop tard pour agir.", "transactions-comptes\ncontacts-agence", "Taux d'attrition", 60),
        new("7c1a0d52-0001-4c1e-8a51-000000000002", "Assurance", "Hugo Bernard", UseCaseState.InIndustrialisation, "Tri automatique des déclarations de sinistre",
            "Orienter chaque déclaration vers la bonne équipe dès son arrivée.", "Le tri manuel retarde le traitement de deux jours.", "declarations-sinistres", "Délai moyen de prise en charge", 45),
        new("7c1a0d52-0001-4c1e-8a51-000000000003", "Courrier & colis", "Inès Petit", UseCaseState.Evaluated, "Prévision des volumes de colis par site",
            "Anticiper les volumes quotidiens pour dimensionner les équipes.", "Les pics saisonniers sont mal anticipés.", "volumes-historiques\ncalendrier-promotions", "Écart prévision / réel", 30),
        new("7c1a0d52-0001-4c1e-8a51-000000000004", "Banque de détail", "Camille Martin", UseCaseState.InEvaluation, "Détection de fraude au virement instantané",
            "Bloquer les virements frauduleux avant exécution.", "La fraude au virement instantané augmente.", "virements-instantanes", "Montant de fraude évité", 20),
        new("7c1a0d52-0001-4c1e-8a51-000000000005", "Ressources humaines", "Léa Moreau", UseCaseState.Submitted, "Recommandation de formations",
            "Proposer à chaque collaborateur des formations adaptées à son poste.", "Le catalogue est peu utilisé faute de ciblage.", "referentiel-competences", "Taux d'inscription", 10),
        new("7c1a0d52-0001-4c1e-8a51-000000000006", "Assurance", "Hugo Bernard", UseCaseState.Rejected, "Tarification dynamique à la souscription",
            "Ajuster le tarif en temps réel selon le profil.", "Les tarifs ne suivent pas le risque réel.", "souscriptions", "Ratio sinistres / primes", 75),
        new("7c1a0d52-0001-4c1e-8a51-000000000007", "Courrier & colis", "Inès Petit", UseCaseState.Draft, "Lecture automatique des adresses manuscrites",
            "Lire les adresses manuscrites pour le tri.", "Une part des plis part en vidéocodage manuel.", "images-plis", "Taux de lecture automatique", 3),
    ];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var sample in Samples)
        {
            var hub = await hubs.FindAsync(HubIds.FromName(sample.HubName), cancellationToken);
            if (hub is null || await store.GetAsync(Guid.Parse(sample.Id), cancellationToken) is not null) continue;
            await SeedAsync(sample, hub, cancellationToken);
        }
    }

    private async Task SeedAsync(Sample sample, Hub hub, CancellationToken cancellationToken)
    {
        var submitter = new UseCaseActor("demo-" + HubIds.FromName(sample.Submitter), sample.Submitter, hub.Id);
        var at = clock.GetUtcNow().AddDays(-sample.Days);
        var started = UseCase.Start(Guid.Parse(sample.Id), hub.Id, submitter, at);
        var stored = await store.AddAsync(started with { UseCase = started.UseCase with { Content = Content(sample), Step = WizardStep.Review } }, cancellationToken);
        if (sample.Target == UseCaseState.Draft) return;

        var step = at;
        DateTimeOffset Next() => step = step.AddDays(Math.Max(1, sample.Days / 8));
        stored = await store.SubmitAsync(stored, Next().Year, number => stored.UseCase.Apply(LifecycleAction.Submit, submitter, TransitionRequest.None, step, number), cancellationToken);

        async Task Move(LifecycleAction action, UseCaseActor actor, string? comment = null, DateOnly? date = null)
        {
            var change = stored.UseCase.Apply(action, actor, new TransitionRequest(comment, date), Next());
            stored = await store.SaveAsync(stored, change.UseCase, change.Entry, cancellationToken);
        }

        if (sample.Target == UseCaseState.Submitted) return;
        await Move(LifecycleAction.Take, CentralTeam);
        if (sample.Target == UseCaseState.InEvaluation) return;
        var rated = stored.UseCase.Rate(CentralTeam, Ratings(sample), step);
        stored = await store.SaveAsync(stored, rated.UseCase, rated.Entry, cancellationToken);
        await Move(LifecycleAction.MarkEvaluated, CentralTeam);
        if (sample.Target == UseCaseState.Evaluated) return;
        if (sample.Target == UseCaseState.Rejected)
        {
            await Move(LifecycleAction.Reject, Copil, "Risque réglementaire trop élevé pour l'instant.");
            return;
        }
        await Move(LifecycleAction.Prioritise, Copil, "Feuille de route court terme.");
        await Move(LifecycleAction.StartIndustrialisation, CentralTeam);
        if (sample.Target == UseCaseState.InIndustrialisation) return;
        await Move(LifecycleAction.RequestValidation, CentralTeam);
        await Move(LifecycleAction.ConfirmBusinessValidation, submitter);
        await Move(LifecycleAction.ConfirmSecurityReview, CentralTeam);
        await Move(LifecycleAction.GoLive, CentralTeam);
    }

    private static Dictionary<EvaluationAxis, AxisRating> Ratings(Sample sample) => new()
    {
        [EvaluationAxis.TechnicalMaturity] = new(sample.Target == UseCaseState.Rejected ? 2 : 4, "Prototype lisible, tests partiels."),
        [EvaluationAxis.IndustrialisationComplexity] = new(sample.Target == UseCaseState.Rejected ? 5 : 2, "Traitement par lots sur la plateforme existante."),
        [EvaluationAxis.StandardsCompliance] = new(4, null),
        [EvaluationAxis.ReusePotential] = new(3, "Intéresse d'autres hubs."),
    };

    private static UseCaseContent Content(Sample sample)
    {
        var values = new Dictionary<string, string?>
        {
            ["title"] = sample.Title, ["summary"] = sample.Summary,
            ["time"] = "High", ["timeComment"] = "Le processus mobilise plusieurs jours de travail.",
            ["logic"] = "Medium", ["logicComment"] = "Les experts suivent des signaux récurrents.",
            ["data"] = "High", ["dataComment"] = "Plusieurs années d'historique sont conservées.",
            ["dataAvailability"] = "Internal", ["comparableCases"] = "DocumentedElsewhere", ["complexity"] = "Medium", ["verdict"] = "Feasible",
            ["businessContext"] = sample.Summary, ["problemStatement"] = sample.Problem, ["technicalOverview"] = "Apprentissage supervisé.",
            ["dataRequired"] = sample.Datasets.Replace('\n', ','), ["deliverables"] = "Modèle, API de scoring et tableau de suivi.", ["effortDays"] = "60",
            ["expertise"] = "DataScientist,DataEngineer,MlopsEngineer", ["users"] = "Équipes métier du hub", ["valueProposition"] = sample.Summary,
            ["primaryKpi"] = sample.Kpi, ["delivery"] = "FeatureInExistingTool", ["frequency"] = "Daily",
            ["personalData"] = "Yes", ["dpoConsulted"] = "Yes", ["aiActRisk"] = "Limited", ["securityReview"] = "InProgress",
            ["prototypeUrl"] = "https://git.example.org/demo/" + HubIds.FromName(sample.Title), ["documentationUrl"] = "https://wiki.example.org/demo/" + HubIds.FromName(sample.Title),
            ["businessStakes"] = "Gain mesuré sur l'indicateur principal.", ["datasets"] = sample.Datasets,
            ["hubOwner"] = sample.Submitter, ["businessSponsor"] = "Direction métier du hub",
        };
        return Enum.GetValues<WizardStep>().Aggregate(UseCaseContent.Empty, (content, step) => UseCaseForm.Apply(content, step, values).Content);
    }
}
