using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Cards;
using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Modules;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Catalogue.Feedback;

/// <summary>
/// Helpful / Not helpful on an answer card. Both votes are stored for the central team. "Not helpful"
/// replaces the card with who to ask: the cited records' owners (their addresses) and a button that
/// sends the question to the central team's channel through the outbox — once per person and question.
/// </summary>
public sealed class CatalogueFeedback(
    CatalogueFeedbackStore store, CatalogueService catalogue, DeliveryAddressBook addresses, IOutbox outbox,
    IOptions<CatalogueOptions> options, TimeProvider time)
{
    public async Task VoteAsync(ITurnContext turn, CatalogueFeedbackData data, bool helpful, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        await store.RecordAsync(Voter(turn), data.Question, language, helpful, data.Cited, cancellationToken);
        if (helpful)
        {
            await turn.RespondWithMessageAsync(CatalogueTexts.FeedbackThanks.In(language), cancellationToken);
            return;
        }
        await turn.ReplaceCardAsync(await NotHelpfulCardAsync(data, language, cancellationToken), cancellationToken);
    }

    public async Task ForwardAsync(ITurnContext turn, CatalogueFeedbackData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var voter = Voter(turn);
        var from = turn.Activity.From?.Name is { Length: > 0 } name ? name : voter;
        // The central team reads French by default: the message quotes the question as typed.
        var text = CatalogueTexts.ForwardedQuestion.In(Language.French, from, data.Question,
            data.Cited.Count == 0 ? "—" : string.Join(", ", data.Cited));
        var messages = await addresses.ToPurposeAsync(ChannelPurposes.Central, new OutboxContent(text, null, data.Question), cancellationToken);
        if (messages.Count == 0)
        {
            var contact = options.Value.CentralTeamContact is { Length: > 0 } address ? address : "—";
            await turn.RespondWithMessageAsync(CatalogueTexts.ForwardNoChannel.In(language, contact), cancellationToken);
            return;
        }
        var occurrence = new OutboxOccurrence("catalogue-question:" + CatalogueFeedbackStore.KeyOf(voter, data.Question),
            CatalogueTexts.ForwardTitle.In(Language.French), null, "catalogue-question", voter, language, time.GetUtcNow(), null, false);
        await outbox.EnqueueAsync(occurrence, messages, cancellationToken);
        await store.MarkForwardedAsync(voter, data.Question, cancellationToken);
        await turn.RespondWithMessageAsync(CatalogueTexts.ForwardSent.In(language), cancellationToken);
    }

    private async Task<AdaptiveCard> NotHelpfulCardAsync(CatalogueFeedbackData data, Language language, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.SnapshotAsync(cancellationToken);
        var owners = data.Cited
            .Select(id => snapshot.FindDataset(id) is { } d ? (d.Name, Contact: d.StewardEmail.Length > 0 ? d.StewardEmail : d.OwnerOrganisation)
                : snapshot.FindUseCase(id) is { } u ? (u.Name, Contact: u.ContactEmail) : default)
            .Where(o => !string.IsNullOrWhiteSpace(o.Contact))
            .Take(3)
            .ToList();
        var body = new List<CardElement>
        {
            CardKit.Title(CatalogueTexts.NotHelpfulTitle.In(language)),
            new TextBlock(CatalogueTexts.NotHelpfulIntro.In(language, data.Question)),
        };
        if (owners.Count > 0)
        {
            body.Add(new TextBlock(CatalogueTexts.NotHelpfulOwners.In(language)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.AddRange(owners.Select(o => (CardElement)new TextBlock($"{o.Name} — {o.Contact}") { Spacing = Spacing.Small }));
        }
        body.Add(CardKit.ButtonRow(CardKit.Button(CatalogueTexts.ForwardButton.In(language), CatalogueVerbs.Forward, data.ToJson())));
        return new AdaptiveCard { Lang = language.Code(), FallbackText = CatalogueTexts.NotHelpfulTitle.In(language), Body = body };
    }

    private static string Voter(ITurnContext turn) => turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id ?? "?";
}
