using System.Diagnostics;
using System.Text.RegularExpressions;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace GovernanceBot.EndToEnd.Tests.UseCases;

/// <summary>
/// A hub member submits a use case in the Agents Playground, in French, through the real card inputs: the hub
/// first, then the six steps of the wizard on one card updated in place (refusals shown under their field and
/// fixed, one step back and forward again), the review, Submit, the confirmation with the registry number, and
/// "mes cas d'usage" listing it with its status. What was typed is then read back from the bot's storage.
/// </summary>
public sealed partial class UseCaseWizardInThePlaygroundTests(UseCasePlaygroundFixture playground, ITestOutputHelper output)
    : IClassFixture<UseCasePlaygroundFixture>
{
    private const string Hub = "Courrier & colis";
    private const string Title = "Prévision des retours de colis";
    private const string HubQuestion = "Pour quel hub";
    private const string FixFields = "Corrigez les champs signalés";
    private const string Required = "Ce champ est obligatoire.";
    private const string BadLink = "git.example.org/colis/retours";

    /// <summary>The catalogue dataset picked in the typeahead: typed, then chosen by the start of its title (name — owner).</summary>
    private const string CatalogueSearch = "Récl";
    private const string CatalogueDataset = "Réclamations clients";

    /// <summary>Every answer, step by step, with the canonical value the bot must store for it.</summary>
    private static readonly Answer[][] Steps =
    [
        [
            Answer.Type("title", "Titre", Title),
            Answer.Type("summary", "Résumé de l'idée", "Prévoir chaque jour les retours de colis de chaque site."),
            Answer.Pick("time", "T — Temps", "High", "Élevé"),
            Answer.Type("timeComment", "Commentaire sur le temps", "Deux jours par semaine de tri manuel."),
            Answer.Pick("logic", "L — Récurrence", "Medium", "Moyen"),
            Answer.Type("logicComment", "Commentaire sur la logique", "Les mêmes règles chaque semaine."),
            Answer.Pick("data", "D — Données", "High", "Élevé"),
            Answer.Type("dataComment", "Commentaire sur les données", "Chaque colis est scanné à chaque étape."),
        ],
        [
            Answer.Pick("dataAvailability", "Disponibilité des données", "Internal", "Interne"),
            Answer.Pick("comparableCases", "Cas comparables", "DocumentedElsewhere", "Documentés ailleurs"),
            Answer.Pick("complexity", "Complexité", "Medium", "Moyenne"),
            Answer.Pick("verdict", "Faisabilité globale", "FeasibleWithConditions", "Faisable sous conditions"),
            Answer.Type("conditions", "Conditions", "Accès aux scans des trois derniers mois."),
        ],
        [
            Answer.Type("businessContext", "Contexte métier", "Les retours de colis saturent trois sites de tri."),
            Answer.Type("problemStatement", "Problème à résoudre", "Prévoir les retours par site et par jour."),
            Answer.Type("technicalOverview", "Approche technique", "Régression supervisée sur séries temporelles."),
            Answer.Type("dataRequired", "Données nécessaires", "Scans des colis, calendrier, météo."),
            Answer.Type("assumptions", "Hypothèses", "Les scans sont complets."),
            Answer.Type("deliverables", "Livrables", "Un modèle et un tableau de bord."),
            Answer.Type("effortDays", "Charge estimée", "45"),
            Answer.Pick("expertise", "Expertises nécessaires", "DataScientist,MlEngineer", "ML engineer", "Data scientist"),
            Answer.Type("exclusions", "Exclusions", "Les colis internationaux."),
        ],
        [
            Answer.Type("users", "Utilisateurs", "Les chefs de site et leurs planificateurs."),
            Answer.Type("valueProposition", "Proposition de valeur", "Planifier les équipes de tri une semaine à l'avance."),
            Answer.Type("primaryKpi", "Indicateur principal", "Erreur de prévision à J+7"),
            Answer.Type("secondaryKpis", "Indicateurs secondaires", "Heures supplémentaires\nColis en attente"),
            Answer.Pick("delivery", "Mode de livraison", "Dashboard", "Tableau de bord"),
            Answer.Pick("frequency", "Fréquence", "Daily", "Quotidienne"),
            Answer.Type("operatingEnvironment", "Environnement d'exploitation", "Azure Machine Learning"),
            Answer.Type("extensions", "Extensions possibles", "Étendre aux colis express."),
        ],
        [
            Answer.Pick("personalData", "Données personnelles", "Yes", "Oui"),
            Answer.Pick("dpoConsulted", "DPO consulté", "Yes", "Oui"),
            Answer.Pick("aiActRisk", "Niveau de risque AI Act", "Limited", "Limité"),
            Answer.Type("ethicsConcerns", "Questions éthiques", "Aucune décision sur des personnes."),
            Answer.Pick("securityReview", "Revue de sécurité", "InProgress", "En cours"),
        ],
        [
            Answer.Type("prototypeUrl", "Lien vers le prototype", "https://git.example.org/colis/retours"),
            Answer.Type("documentationUrl", "Lien vers la documentation", "https://wiki.example.org/colis/retours"),
            Answer.Type("businessStakes", "Enjeux métier", "Réduire de 20 % les heures supplémentaires des sites."),
            // The catalogue pick is added after the typed lines, by its name.
            Answer.Type("datasets", "Jeux de données utilisés", "Scans des colis\nCalendrier des tournées", $"Scans des colis\nCalendrier des tournées\n{CatalogueDataset}"),
            Answer.Type("hubOwner", "Responsable côté hub", "Camille Martin"),
            Answer.Type("businessSponsor", "Sponsor métier", "Direction des opérations colis"),
        ],
    ];

    private PlaygroundDriver Driver => playground.Driver;

    [Fact]
    public async Task A_hub_member_submits_a_use_case_through_the_wizard_and_finds_it_in_my_use_cases()
    {
        var clock = Stopwatch.StartNew();
        await Driver.OpenChatAsync(PlaygroundConfiguration.PersonalChatName);
        // The Playground's client speaks en-US; the user asks for French, the product's default.
        await Driver.SendAsync("langue français");
        await Driver.WaitForTextAsync("je vous réponds désormais en français");

        var picker = await Driver.SendAndWaitForCardAsync("soumettre un cas d'usage", HubQuestion);
        await Driver.SelectChoiceAsync(Hub, input: "Hub", card: HubQuestion);
        await Driver.ClickActionAsync("Suivant", card: HubQuestion);

        // Step 1, the title left empty: refused under its field, the rest kept.
        var first = await Driver.WaitForCardAsync(Step(1));
        Assert.Equal(picker.Index, first.Index);
        Assert.Contains($"Hub : {Hub}", first.Text);
        await FillAsync(1, Steps[0].Where(a => a.Field != "title"));
        await Driver.ScreenshotCardAsync(Step(1), "e2e-usecase-step1-card.png");
        await Driver.ClickActionAsync("Suivant", card: Step(1));
        var refused = await Driver.WaitForCardAsync(FixFields);
        Assert.Contains(Step(1), refused.Text);
        Assert.Matches(ErrorUnder("Titre (obligatoire)", Required), refused.Text);
        Assert.Single(Regex.Matches(refused.Text, Regex.Escape(Required)));
        Assert.Equal(Steps[0][1].Typed, await Driver.InputValueAsync("Résumé de l'idée", Step(1)));
        await FillAsync(1, Steps[0].Where(a => a.Field == "title"));
        await NextAsync(1, first.Index);

        // Step 2: "feasible with conditions" makes the conditions required.
        await FillAsync(2, Steps[1].Where(a => a.Field != "conditions"));
        await Driver.ClickActionAsync("Suivant", card: Step(2));
        refused = await Driver.WaitForCardAsync(FixFields);
        Assert.Contains(Step(2), refused.Text);
        Assert.Matches(ErrorUnder("Conditions (si faisable sous conditions) (obligatoire)", Required), refused.Text);
        await FillAsync(2, Steps[1].Where(a => a.Field == "conditions"));
        await NextAsync(2, first.Index);

        await FillAsync(3, Steps[2]);
        await NextAsync(3, first.Index);

        // Step 4, then back to step 3 and forward again: both keep what was entered.
        await FillAsync(4, Steps[3]);
        await Driver.ClickActionAsync("Précédent", card: Step(4));
        await Driver.WaitForCardAsync(Step(3));
        Assert.Equal("45", await Driver.InputValueAsync("Charge estimée", Step(3)));
        Assert.Equal("Data scientist, ML engineer", await Driver.InputValueAsync("Expertises nécessaires", Step(3)));
        await NextAsync(3, first.Index);
        Assert.Equal("Heures supplémentaires\nColis en attente", await Driver.InputValueAsync("Indicateurs secondaires", Step(4)));
        Assert.Equal("Quotidienne", await Driver.InputValueAsync("Fréquence", Step(4)));
        await NextAsync(4, first.Index);

        await FillAsync(5, Steps[4]);
        await NextAsync(5, first.Index);

        // Step 6: a link without its scheme is refused and kept as typed, then fixed; a dataset comes from the catalogue.
        await FillAsync(6, Steps[5].Select(a => a.Field == "prototypeUrl" ? a with { Typed = BadLink } : a));
        await Driver.SelectChoiceAsync(CatalogueDataset, input: "Ajouter depuis le catalogue", card: Step(6), search: CatalogueSearch);
        await Driver.ClickActionAsync("Suivant", card: Step(6));
        refused = await Driver.WaitForCardAsync(FixFields);
        Assert.Contains(Step(6), refused.Text);
        Assert.Matches(ErrorUnder("Lien vers le prototype (obligatoire)", "Indiquez un lien complet commençant par https://."), refused.Text);
        Assert.Equal(BadLink, await Driver.InputValueAsync("Lien vers le prototype", Step(6)));
        await FillAsync(6, Steps[5].Where(a => a.Field == "prototypeUrl"));
        var review = await NextAsync(6, first.Index);

        Assert.Contains("Relecture", review.Text);
        Assert.Contains("Tout est rempli : vous pouvez soumettre.", review.Text);
        foreach (var shown in new[] { Title, "Faisable sous conditions", "Data scientist, ML engineer", "Heures supplémentaires, Colis en attente", "Tableau de bord", "Limité", "https://git.example.org/colis/retours", CatalogueDataset })
        {
            Assert.Contains(shown, review.Text);
        }
        await Driver.ScreenshotAsync("e2e-usecase-review.png");
        await Driver.ScreenshotCardAsync(Step(7), "e2e-usecase-review-card.png");

        await Driver.ClickActionAsync("Soumettre", card: Step(7));
        var submitted = await Driver.WaitForCardAsync("Cas d'usage soumis");
        Assert.Equal(first.Index, submitted.Index);
        var number = RegistryNumber().Match(submitted.Text);
        Assert.True(number.Success, submitted.Text);
        Assert.Contains($"« {Title} » est soumis sous le numéro {number.Value}", submitted.Text.Replace('\u00a0', ' '));
        Assert.Equal(DateTime.UtcNow.Year, int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        await Driver.ScreenshotAsync("e2e-usecase-submitted.png");

        var mine = await Driver.SendAndWaitForCardAsync("mes cas d'usage", "Mes cas d'usage");
        Assert.Contains($"{number.Value} — {Title}", mine.Text);
        Assert.Contains($"Soumis · {Hub}", mine.Text);
        await Driver.ScreenshotAsync("e2e-usecase-mine.png");
        output.WriteLine($"Hub, six steps with three refusals fixed, back and forward, review, submit and the list in {clock.ElapsedMilliseconds} ms");

        var (store, storage) = playground.OpenStore();
        using (storage)
        {
            var stored = await store.FindAsync(UseCaseNumber.TryParse(number.Value)!.Value, CancellationToken.None);
            Assert.NotNull(stored);
            Assert.Equal(UseCaseState.Submitted, stored.UseCase.State);
            Assert.Equal(playground.Session.Configuration.CurrentUser.Name, stored.UseCase.SubmitterName);
            var expected = UseCaseFields.All.ToDictionary(f => f.Id, f => Steps.SelectMany(s => s).FirstOrDefault(a => a.Field == f.Id)?.Stored);
            var actual = UseCaseFields.All.ToDictionary(f => f.Id, f => f.ValueIn(stored.UseCase.Content));
            Assert.Equal(expected, actual);
        }
    }

    private static string Step(int number) => $"Étape {number} sur 7";

    /// <summary>The error right under its field: the field's label, then the message, nothing in between.</summary>
    private static Regex ErrorUnder(string label, string error) => new($"{Regex.Escape(label)}\\s+{Regex.Escape(error)}");

    private async Task FillAsync(int step, IEnumerable<Answer> answers)
    {
        foreach (var answer in answers)
        {
            if (answer.Typed is not null) await Driver.TypeIntoInputAsync(answer.Label, answer.Typed, Step(step));
            foreach (var choice in answer.Choices) await Driver.SelectChoiceAsync(choice, answer.Label, Step(step));
        }
    }

    /// <summary>Next, then the following step on the same card (replaced in place, not a new message).</summary>
    private async Task<PlaygroundCard> NextAsync(int step, int wizardIndex)
    {
        await Driver.ClickActionAsync("Suivant", card: Step(step));
        var next = await Driver.WaitForCardAsync(Step(step + 1));
        Assert.Equal(wizardIndex, next.Index);
        Assert.DoesNotContain(FixFields, next.Text);
        return next;
    }

    [GeneratedRegex(@"UC-(\d{4})-\d{4,}")]
    private static partial Regex RegistryNumber();

    /// <summary>One field's answer: typed, or choices picked by their titles; <see cref="Stored"/> is its canonical stored value.</summary>
    private sealed record Answer(string Field, string Label, string? Typed, IReadOnlyList<string> Choices, string Stored)
    {
        public static Answer Type(string field, string label, string text, string? stored = null) => new(field, label, text, [], stored ?? text);

        public static Answer Pick(string field, string label, string stored, params string[] choices) => new(field, label, null, choices, stored);
    }
}
