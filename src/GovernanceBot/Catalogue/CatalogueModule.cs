using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Catalogue.Cards;
using GovernanceBot.Catalogue.Feedback;
using GovernanceBot.Catalogue.Links;
using GovernanceBot.Catalogue.Writing;
using GovernanceBot.Demo;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Help;
using GovernanceBot.Hosting.StartUp;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Questions about the catalogues of use cases and datasets. Owns the fallback: any text no command
/// matches — in a personal chat or an @mention in a channel — is a question. "jeu de données &lt;nom&gt;" /
/// "dataset &lt;name&gt;" and "cas d'usage &lt;nom&gt;" / "use case &lt;name&gt;" ask about one catalogue only.
/// Imports run from the command line (<see cref="CatalogueImportCommand"/>).
/// </summary>
public sealed class CatalogueModule : IFeatureModule
{
    /// <summary>Longer texts are not questions (pasted documents); they are refused with a message.</summary>
    public const int MaxQuestionLength = 500;

    public static readonly BotCommand DatasetLookup = new("jeu de données", "dataset", "jeux de données", "datasets");
    public static readonly BotCommand UseCaseLookup = new("cas d'usage", "use case", "cas d'usages", "use cases");
    private static readonly BotCommand UseCaseLookupPlural = new("cas d'usages", "use cases");

    /// <summary>"cas d'usage &lt;nom&gt;" when the name is not a registry number: a question to the use-case catalogue.</summary>
    public static Task LookupUseCaseAsync(CatalogueQuestions questions, ITurnContext turn, CancellationToken cancellationToken) =>
        LookupAsync(questions, turn, CatalogueKind.UseCases, cancellationToken);

    public IEnumerable<HelpTopic> HelpTopics =>
    [
        HelpTopic.For(HelpPosition.CatalogueQuestions, CatalogueTexts.HelpTopicTitle, CatalogueTexts.HelpTopicDescription, DatasetLookup),
        HelpTopic.For(HelpPosition.CatalogueLookup, CatalogueTexts.HelpLookupTitle, CatalogueTexts.HelpLookupDescription, UseCaseLookup),
        CatalogueLinksFeature.HelpTopic,
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogueOptions>(configuration.GetSection(CatalogueOptions.Section));
        services.AddSingleton<CatalogueStore>();
        services.AddSingleton<LanguageBridge>();
        services.AddSingleton<CatalogueService>();
        services.AddSingleton<CatalogueImportRunner>();
        services.AddSingleton<CatalogueQuestions>();
        services.Configure<Questions.ConversationContextOptions>(configuration.GetSection(Questions.ConversationContextOptions.Section));
        services.AddSingleton<Questions.ConversationContextStore>();
        services.AddSingleton<CatalogueUpload>();
        services.AddSingleton<CatalogueFeedbackStore>();
        services.AddSingleton<CatalogueFeedback>();
        services.AddHttpClient(CatalogueUpload.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(60));
        services.AddAnswerWriter(configuration);
        services.AddStartupTask<CatalogueWarmUp>();
        services.AddDemoData<CatalogueDemoData>();
        CatalogueLinksFeature.AddServices(services);
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var questions = routes.Get<CatalogueQuestions>();
        var records = routes.Get<RecordCards>();
        routes.OnCommand(DatasetLookup, (turn, cancellationToken) => LookupAsync(questions, turn, CatalogueKind.Datasets, cancellationToken));
        // "cas d'usage …" itself is routed by the use-case module, which opens "UC-2026-0042" from its registry
        // and hands any other name back here (LookupUseCaseAsync); only the plural is routed directly.
        routes.OnCommand(UseCaseLookupPlural, (turn, cancellationToken) => LookupAsync(questions, turn, CatalogueKind.UseCases, cancellationToken));
        routes.OnCardAction<CatalogueActionData>(CatalogueVerbs.Open, (turn, data, cancellationToken) => OpenAsync(records, turn, data, cancellationToken));
        routes.OnCardAction(CatalogueVerbs.Back, (turn, cancellationToken) => BackAsync(questions, routes.Get<CatalogueService>(), turn, cancellationToken));
        CatalogueLinksFeature.MapRoutes(routes);
        var feedback = routes.Get<CatalogueFeedback>();
        routes.OnCardAction<CatalogueFeedbackData>(CatalogueVerbs.Helpful, (turn, data, cancellationToken) => feedback.VoteAsync(turn, data, true, cancellationToken));
        routes.OnCardAction<CatalogueFeedbackData>(CatalogueVerbs.NotHelpful, (turn, data, cancellationToken) => feedback.VoteAsync(turn, data, false, cancellationToken));
        routes.OnCardAction<CatalogueFeedbackData>(CatalogueVerbs.Forward, feedback.ForwardAsync);
        if (routes.OwnsFallback)
        {
            var help = routes.Get<HelpCards>();
            var upload = routes.Get<CatalogueUpload>();
            routes.OnFallback((turn, cancellationToken) => QuestionAsync(questions, help, upload, turn, cancellationToken));
            routes.OnUnknownCardAction((turn, cancellationToken) =>
                turn.RespondWithErrorAsync("unknownVerb", HelpTexts.UnknownAction.In(turn.Language()), cancellationToken));
        }
    }

    private static Task QuestionAsync(CatalogueQuestions questions, HelpCards help, CatalogueUpload upload, ITurnContext turn, CancellationToken cancellationToken)
    {
        // A file sent to the bot (personal chat) is a catalogue to import, for admins.
        if (CatalogueUpload.FileOf(turn.Activity) is { } file) return upload.ImportAsync(turn, file, cancellationToken);
        // A bare "?" or an empty message (only a mention) asks what the bot can do.
        if (turn.Text.Trim('?', ' ', '\n').Length == 0) return turn.SendCardAsync(help.Overview(turn.Language()), cancellationToken);
        return questions.AskAsync(turn, turn.Text.Trim(), null, cancellationToken);
    }

    private static Task LookupAsync(CatalogueQuestions questions, ITurnContext turn, CatalogueKind kind, CancellationToken cancellationToken)
    {
        var command = kind == CatalogueKind.Datasets ? DatasetLookup : UseCaseLookup;
        var words = turn.Text.Trim();
        var rest = command.Phrases.OrderByDescending(p => p.Length)
            .Where(p => words.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            .Select(p => words[p.Length..].Trim())
            .FirstOrDefault() ?? words;
        if (rest.Trim('?', ' ', ':').Length == 0) return turn.SendTextAsync(CatalogueTexts.LookupUsage.In(turn.Language()), cancellationToken);
        return questions.AskAsync(turn, words, kind, cancellationToken);
    }

    private static async Task OpenAsync(RecordCards records, ITurnContext turn, CatalogueActionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var card = await records.BuildAsync(turn, new RecordRef(data.Kind, data.Id), data.Question, null, cancellationToken);
        if (card is null)
        {
            await turn.RespondWithMessageAsync(CatalogueTexts.RecordNotFound.In(language), cancellationToken);
            return;
        }
        await turn.ReplaceCardAsync(card, cancellationToken);
    }

    private static async Task BackAsync(CatalogueQuestions questions, CatalogueService catalogue, ITurnContext turn, CancellationToken cancellationToken)
    {
        var question = turn.CardAction?.GetString("question")?.Trim() ?? "";
        if (question.Length is 0 or > MaxQuestionLength)
        {
            await turn.RespondWithMessageAsync(CatalogueTexts.RecordNotFound.In(turn.Language()), cancellationToken);
            return;
        }
        var answer = await questions.AskAgainAsync(turn, question, cancellationToken);
        await turn.ReplaceCardAsync(await questions.BuildCardAsync(answer, cancellationToken), cancellationToken);
    }
}
