using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Modules;
using GovernanceBot.Storage;

namespace GovernanceBot.Hosting;

/// <summary>
/// The last line of defence when a handler fails: the user gets a plain answer in their language saying
/// whether to retry, and nothing half-done is claimed as saved.
/// </summary>
public static class TurnErrorHandling
{
    public static void UseTurnErrorHandling(this WebApplication app) =>
        app.Services.GetRequiredService<BotApplication>().OnError = RespondAsync;

    internal static Task RespondAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        // Only a person's own message or click deserves an answer; lifecycle events (install, members
        // added) failing must not post apologies into a channel. The failure is already logged.
        if (!turn.Activity.IsInvoke && !ActivityTypes.Is(turn.Activity.Type, ActivityTypes.Message)) return Task.CompletedTask;

        var language = turn.Language();
        var key = exception switch
        {
            ConcurrencyConflictException => ErrorTexts.ChangedBySomeoneElse,
            StorageUnavailableException => ErrorTexts.StorageUnavailable,
            StorageValidationException => ErrorTexts.InputTooLarge,
            _ => ErrorTexts.Unexpected,
        };
        return turn.RespondWithMessageAsync(key.In(language), cancellationToken);
    }
}
