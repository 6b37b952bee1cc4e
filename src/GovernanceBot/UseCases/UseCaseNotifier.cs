using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.UseCases.Cards;

namespace GovernanceBot.UseCases;

/// <summary>
/// Who hears about a move, and what they read: the submitter in personal chat (unless they made the move),
/// the hub's channel, and on submission the central team, with "Take it". Edits and sign-offs that leave the
/// state as it was notify no one.
/// </summary>
internal static class UseCaseNotifier
{
    public static IReadOnlyList<UseCaseNotification> For(UseCaseChange change, UseCaseActor actor, string hubName)
    {
        var (useCase, entry) = change;
        if (entry.From == entry.To) return [];
        var text = Localized(language => Transition(useCase, entry, language));
        List<UseCaseNotification> notifications = [];
        if (useCase.SubmitterKey != actor.UserKey) notifications.Add(New(useCase, UseCaseNotification.ToUser(useCase.SubmitterKey), text, entry.At));
        notifications.Add(New(useCase, UseCaseNotification.ToHub(useCase.HubId), text, entry.At));
        if (entry.Event == HistoryEvent.Submitted)
        {
            var submitted = Localized(language => UseCaseTexts.NotifySubmitted.In(language, useCase.Number?.ToString(), useCase.Title, useCase.SubmitterName ?? "?", hubName));
            notifications.Add(New(useCase, UseCaseNotification.ToCentralTeam, submitted, entry.At) with { OffersTake = true });
        }
        return notifications;
    }

    private static string Transition(UseCase useCase, HistoryEntry entry, Language language)
    {
        object?[] args = [useCase.Number?.ToString(), useCase.Title, UseCaseTexts.Of(entry.From, language), UseCaseTexts.Of(entry.To, language), entry.ActorName ?? "?"];
        return entry.Comment is null
            ? UseCaseTexts.NotifyTransition.In(language, args)
            : UseCaseTexts.NotifyTransitionComment.In(language, [.. args, entry.Comment]);
    }

    private static LocalizedText Localized(Func<Language, string> text) => new(text(Language.French), text(Language.English));

    private static UseCaseNotification New(UseCase useCase, string audience, LocalizedText text, DateTimeOffset at) =>
        new(Guid.NewGuid(), useCase.Id, audience, text, at);
}
