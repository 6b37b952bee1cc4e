using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Storage;
using GovernanceBot.UseCases.Cards;

namespace GovernanceBot.UseCases;

/// <summary>
/// Turns a notification's audience into outbox messages: the submitter's personal chat, the channels
/// registered for the hub, or the central team's channels — else each central-team member's personal chat,
/// with the "Take it" card. Says why when nobody can be reached, and whether waiting could help.
/// </summary>
internal sealed class NotificationAddresses(UseCaseStore store, DeliveryAddressBook addresses, IUserDirectory users, IHubDirectory hubs)
{
    /// <summary>Channels have no language of their own: posts there use the product's default.</summary>
    private const Language ChannelLanguage = Language.French;

    public async Task<NotificationRoute> ResolveAsync(UseCaseNotification notification, CancellationToken cancellationToken)
    {
        var audience = notification.Audience;
        if (audience.StartsWith("user:", StringComparison.Ordinal)) return await ToSubmitterAsync(notification, audience["user:".Length..], cancellationToken);
        if (audience.StartsWith("hub:", StringComparison.Ordinal))
        {
            var hubId = audience["hub:".Length..];
            var messages = await addresses.ToPurposeAsync(ChannelPurposes.ForHub(hubId), Text(notification, ChannelLanguage), cancellationToken);
            // The hub's channel is optional (DESIGN §4.7): no registration means nothing owed, not a message to keep.
            return messages.Count > 0 ? NotificationRoute.To(messages) : NotificationRoute.Nothing($"no channel registered for hub {hubId}");
        }
        if (audience == UseCaseNotification.ToCentralTeam) return await ToCentralTeamAsync(notification, cancellationToken);
        return NotificationRoute.Nothing($"unknown audience {audience}");
    }

    private async Task<NotificationRoute> ToSubmitterAsync(UseCaseNotification notification, string userKey, CancellationToken cancellationToken)
    {
        var identifier = IdentifierOf(userKey);
        var chat = identifier is null ? null : await addresses.FindPersonalChatAsync(identifier, cancellationToken);
        if (chat is null) return NotificationRoute.Wait($"submitter {userKey} has no personal chat with the bot");
        var language = await users.PreferredLanguageAsync(userKey, cancellationToken) ?? Language.French;
        return NotificationRoute.To([DeliveryAddressBook.ToChat(userKey, chat, Text(notification, language))]);
    }

    private async Task<NotificationRoute> ToCentralTeamAsync(UseCaseNotification notification, CancellationToken cancellationToken)
    {
        var useCase = (await store.GetAsync(notification.UseCaseId, cancellationToken))?.UseCase;
        if (useCase is null) return NotificationRoute.Nothing($"use case {notification.UseCaseId} no longer exists");
        var hubName = (await hubs.FindAsync(useCase.HubId, cancellationToken))?.Name ?? useCase.HubId;
        var channels = await addresses.ToPurposeAsync(ChannelPurposes.Central, Card(notification, useCase, hubName, ChannelLanguage, inChannel: true), cancellationToken);
        if (channels.Count > 0) return NotificationRoute.To(channels);

        var messages = new List<OutboxMessage>();
        var unreached = new List<string>();
        foreach (var member in await users.HoldersAsync(Role.CentralTeam, cancellationToken))
        {
            var chat = await addresses.FindPersonalChatAsync(member, cancellationToken);
            if (chat is null)
            {
                unreached.Add(member);
                continue;
            }
            var language = await users.PreferredLanguageAsync(UserKeys.For(chat.UserAadObjectId, chat.UserId), cancellationToken) ?? Language.French;
            // One person may be named twice (object id in configuration, channel id in a grant): one message each.
            if (messages.All(m => m.Target.ConversationId != chat.ConversationId))
                messages.Add(DeliveryAddressBook.ToChat(member, chat, Card(notification, useCase, hubName, language, inChannel: false)));
        }
        if (messages.Count == 0)
            return NotificationRoute.Wait(unreached.Count == 0
                ? "no central channel is registered and nobody holds the central-team role"
                : $"no central channel is registered and no central-team member has a personal chat with the bot ({string.Join(", ", unreached)})");
        return NotificationRoute.To(messages, unreached.Count == 0 ? null : $"not reached (no personal chat): {string.Join(", ", unreached)}");
    }

    /// <summary>The id a personal chat is indexed by, from the key the user's data is stored under (see <see cref="UserKeys"/>).</summary>
    private static string? IdentifierOf(string userKey) =>
        userKey.StartsWith("aad-", StringComparison.Ordinal) ? TableKeys.Decode(userKey[4..])
        : userKey.StartsWith("id-", StringComparison.Ordinal) ? TableKeys.Decode(userKey[3..])
        : null;

    private static OutboxContent Text(UseCaseNotification notification, Language language) =>
        new(notification.Text.In(language), null, notification.Text.In(language));

    private static OutboxContent Card(UseCaseNotification notification, Domain.UseCases.UseCase useCase, string hubName, Language language, bool inChannel) =>
        notification.OffersTake
            ? new(null, SimpleCards.ForCentralTeam(useCase, hubName, language, inChannel).ToJson().ToJsonString(), notification.Text.In(language))
            : Text(notification, language);
}

/// <summary>
/// Where a notification goes: <see cref="Messages"/> to enqueue (with a <see cref="Note"/> on anyone left out),
/// or none — then <see cref="Retry"/> says whether it may be addressable later (a personal chat not opened yet).
/// </summary>
internal sealed record NotificationRoute(IReadOnlyList<OutboxMessage> Messages, string? Note, bool Retry)
{
    public static NotificationRoute To(IReadOnlyList<OutboxMessage> messages, string? note = null) => new(messages, note, false);

    public static NotificationRoute Wait(string reason) => new([], reason, true);

    public static NotificationRoute Nothing(string reason) => new([], reason, false);
}
