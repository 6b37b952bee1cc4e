using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// The phrases, in French and English, that carry a question's intent or filters rather than its
/// subject. Written as people type them; folded and split exactly like questions are.
/// </summary>
internal static class QuestionVocabulary
{
    public static readonly PhraseTable<QuestionIntent> Intents = new()
    {
        [QuestionIntent.Count] = ["how many", "number of", "count", "combien", "nombre de", "le nombre"],
        [QuestionIntent.Owner] =
        [
            "who owns", "who is the owner", "owner", "owners", "owned by", "who is responsible for", "responsible for", "who manages",
            "managed by", "who maintains", "maintained by", "publisher", "who publishes", "published by", "data owner", "steward",
            "qui possède", "propriétaire", "propriétaires", "à qui appartient", "appartient", "qui est responsable", "responsable",
            "détenteur", "qui détient", "gestionnaire", "qui gère", "géré par", "qui publie", "publié par",
            "produces", "produce", "generates", "generate", "creates", "feeds", "produit", "produisent", "génère", "alimente", "fournit",
        ],
        [QuestionIntent.Consumers] =
        [
            "uses", "use", "consumes", "consume", "reads", "relies on", "depends on", "based on", "using", "draws on",
            "utilise", "utilisent", "consomme", "consomment", "exploite", "exploitent", "s'appuie sur", "se sert de", "utilisant", "se servent de",
        ],
        [QuestionIntent.Contact] =
        [
            "contact", "who do i contact", "who should i contact", "who can i ask", "who to ask", "who should i ask", "who do i ask",
            "who can i talk to", "talk to", "reach", "get in touch", "point of contact", "person in charge", "in charge of", "email", "e-mail",
            "qui contacter", "à qui m'adresser", "à qui parler", "à qui demander", "à qui écrire", "interlocuteur", "référent", "joindre",
            "contacter", "courriel", "en charge", "qui s'occupe", "s'occupe de",
        ],
        [QuestionIntent.List] =
        [
            "list", "show", "which", "what are", "give me", "all", "tell me",
            "quels", "quelles", "quel", "quelle", "liste", "lister", "affiche", "montre", "tous les", "toutes les", "donne-moi", "donne moi",
        ],
    };

    public static readonly PhraseTable<CatalogueKind> Kinds = new()
    {
        [CatalogueKind.Datasets] =
        [
            "dataset", "datasets", "data set", "data sets", "jeu de données", "jeux de données", "base de données", "bases de données",
            "data", "données", "donnée", "table", "tables",
        ],
        [CatalogueKind.UseCases] =
        [
            "use case", "use cases", "ai use case", "ai use cases", "cas d'usage", "cas d'usages", "cas d'utilisation",
            "project", "projects", "projet", "projets", "model", "models", "modèle", "modèles", "ai system", "ai systems",
        ],
    };

    public static readonly PhraseTable<UseCaseStatus> Statuses = new()
    {
        [UseCaseStatus.InProduction] =
        [
            "in production", "en production", "deployed", "déployé", "déployés", "déployée", "déployées", "live", "operational",
            "opérationnel", "opérationnels", "in use", "industrialised", "industrialized", "industrialisé", "industrialisés", "production",
        ],
        [UseCaseStatus.Pilot] = ["pilot", "pilots", "in pilot", "piloting", "pilote", "pilotes", "en pilote", "poc", "expérimentation", "prototype"],
        [UseCaseStatus.InDevelopment] =
        [
            "in development", "under development", "pre-deployment", "being developed", "en développement", "en cours de développement", "en construction",
        ],
        [UseCaseStatus.Retired] =
        [
            "retired", "decommissioned", "discontinued", "retiré", "retirés", "abandonné", "abandonnés", "arrêté", "arrêtés",
        ],
    };

    public static readonly PhraseTable<bool> PersonalData = new()
    {
        [true] =
        [
            "personal data", "personal information", "pii", "personally identifiable information", "données personnelles",
            "donnée personnelle", "données à caractère personnel", "rgpd", "gdpr", "dcp", "privacy", "vie privée",
            "informations personnelles", "personal", "personnelles",
        ],
    };

    public static readonly PhraseTable<bool> Sensitive = new()
    {
        [true] =
        [
            "sensitive", "sensible", "sensibles", "non-public", "non public", "not public", "restricted", "restreint", "restreintes",
            "confidential", "confidentiel", "confidentielles", "confidentiels",
        ],
    };

    /// <summary>Words that carry no subject in either language.</summary>
    public static readonly HashSet<string> StopWords = new(
        """
        a about an and any are as at be been being by can could did do does for from get got had has have how i if in into is it its
        me my of on or our please should so some that the their them there these they this those to was we were what when where which who
        whom whose why will with would you your about regarding concerning know find need want look looking tell give show help thanks
        anyone someone something exist exists there's whats who's used
        a à au aux avec ce ces cet cette comment concernant d dans de des du elle en est et être existe faire fait il ils je j la le les leur
        leurs lui ma me mes moi mon ne nous on ou où par pas pour qu que quel quelle quelles quels qui quoi sa se ses son sont sur ta te
        tes toi ton tu un une vos votre vous y sujet propos savoir trouver besoin merci svp stp ya-t-il y-a-t-il t il-y-a sait peux peut
        a-t-il y-a-t-il t-il est-ce existe-t-il qu'est-ce quels-sont dois doit veux voudrais aimerais connaître connaitre dire indiquer chercher cherche quelqu'un quelqu
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Fold),
        StringComparer.Ordinal);
}
