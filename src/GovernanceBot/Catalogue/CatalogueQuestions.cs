using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Catalogue.Cards;
using GovernanceBot.Catalogue.Writing;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Modules;
using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Answers a question typed in a chat or a channel: retrieval first, always; the answer card cites the
/// records used. With a writer configured (an LLM), the answer is reworded from those records only, and
/// any failure of the writer falls back to the search answer with a notice.
/// </summary>
public sealed class CatalogueQuestions(CatalogueService catalogue, IAnswerWriter writer, ILogger<CatalogueQuestions> logger)
{
    public async Task AskAsync(ITurnContext turn, string question, CatalogueKind? kind, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        if (question.Length > CatalogueModule.MaxQuestionLength)
        {
            await turn.SendTextAsync(CatalogueTexts.QuestionTooLong.In(language, CatalogueModule.MaxQuestionLength), cancellationToken);
            return;
        }
        CatalogueAnswer answer;
        try
        {
            answer = await catalogue.AskAsync(question, language, kind, cancellationToken);
        }
        catch (StorageUnavailableException unavailable)
        {
            logger.LogWarning(unavailable, "Catalogue unavailable for a question");
            await turn.SendTextAsync(CatalogueTexts.StorageUnavailable.In(language), cancellationToken);
            return;
        }
        var card = await BuildCardAsync(answer, cancellationToken);
        await turn.SendCardAsync(card, cancellationToken, summary: Summary(answer));
    }

    /// <summary>The answer card in the question's language, written by the writer when it succeeds.</summary>
    public async Task<AdaptiveCards.AdaptiveCard> BuildCardAsync(CatalogueAnswer answer, CancellationToken cancellationToken)
    {
        var composed = await ComposeAsync(answer, cancellationToken);
        return AnswerCard.Build(composed.Answer, composed.Text, answer.Question.Language, composed.Notice);
    }

    /// <summary>
    /// The answer as the person reads it: the writer's text and the citations it kept, or the search text
    /// (with a notice when the writer failed). The evaluation scores exactly this.
    /// </summary>
    public async Task<ComposedAnswer> ComposeAsync(CatalogueAnswer answer, CancellationToken cancellationToken)
    {
        var language = answer.Question.Language;
        var searchText = AnswerText.Compose(answer, language);
        if (!writer.IsEnabled || answer.Kind == AnswerKind.NotFound) return new ComposedAnswer(answer, searchText, null);
        var written = await writer.WriteAsync(answer, searchText, cancellationToken);
        return written.Text is { } text
            ? new ComposedAnswer(answer with { Records = written.Cited }, text, null)
            : new ComposedAnswer(answer, searchText, CatalogueTexts.SearchOnlyNotice.In(language));
    }

    private static string Summary(CatalogueAnswer answer) =>
        answer.Records.Count == 0 ? answer.Question.Text : string.Join(", ", answer.Records.Take(3).Select(r => r.Name));
}

/// <summary>An answer ready to show: its records (the citations), its text, and a notice when the writer fell back.</summary>
public sealed record ComposedAnswer(CatalogueAnswer Answer, string Text, string? Notice);
