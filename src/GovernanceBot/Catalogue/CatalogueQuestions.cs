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
public sealed class CatalogueQuestions(CatalogueService catalogue, IAnswerWriter writer, Questions.ConversationContextStore context, ILogger<CatalogueQuestions> logger)
{
    public async Task AskAsync(ITurnContext turn, string question, CatalogueKind? kind, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        if (question.Length > CatalogueModule.MaxQuestionLength)
        {
            await turn.SendTextAsync(CatalogueTexts.QuestionTooLong.In(language, CatalogueModule.MaxQuestionLength), cancellationToken);
            return;
        }
        // The last questions of this conversation complete a follow-up ("who owns it?"); losing them is
        // not worth failing the question over.
        var conversation = Questions.ConversationKey.Of(turn.Activity);
        IReadOnlyList<ConversationTurn> recent = [];
        try
        {
            recent = await context.RecentAsync(conversation, cancellationToken);
        }
        catch (StorageException unavailable)
        {
            logger.LogWarning(unavailable, "Conversation context unreadable; answering without it");
        }
        CatalogueAnswer answer;
        FollowUp followUp;
        try
        {
            (answer, followUp) = await catalogue.AskInContextAsync(question, language, kind, recent, cancellationToken);
        }
        catch (StorageUnavailableException unavailable)
        {
            logger.LogWarning(unavailable, "Catalogue unavailable for a question");
            await turn.SendTextAsync(CatalogueTexts.StorageUnavailable.In(language), cancellationToken);
            return;
        }
        var composed = await ComposeAsync(answer, cancellationToken);
        var notice = followUp.Previous is { } previous ? Questions.FollowUpTexts.FollowingOn.In(answer.Question.Language, previous.Question) : null;
        var card = AnswerCard.Build(composed.Answer, composed.Text, answer.Question.Language, Join(notice, composed.Notice));
        await turn.SendCardAsync(card, cancellationToken, summary: Summary(answer));
        try
        {
            await context.RememberAsync(conversation, answer, recent, cancellationToken);
        }
        catch (StorageException unavailable)
        {
            logger.LogWarning(unavailable, "Conversation context not saved");
        }
    }

    /// <summary>
    /// A question asked again from a record card's Back button. A follow-up ("who owns it?") is answered
    /// with the turn it was remembered as, if still fresh, so it means what it meant the first time.
    /// </summary>
    public async Task<CatalogueAnswer> AskAgainAsync(ITurnContext turn, string question, CancellationToken cancellationToken)
    {
        IReadOnlyList<ConversationTurn> itself = [];
        try
        {
            var recent = await context.RecentAsync(Questions.ConversationKey.Of(turn.Activity), cancellationToken);
            itself = recent.Where(t => string.Equals(t.Question, question, StringComparison.Ordinal)).Take(1).ToList();
        }
        catch (StorageException unavailable)
        {
            logger.LogWarning(unavailable, "Conversation context unreadable; answering without it");
        }
        var (answer, _) = await catalogue.AskInContextAsync(question, turn.Language(), null, itself, cancellationToken);
        return answer with { Earlier = [] };
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "\n\n" + second;

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
