using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Cards;
using GovernanceBot.Catalogue.Cards;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Identity;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// A record's card as the caller may see it: with its links as they stand now, and review buttons on the
/// suggested ones when the caller's role may confirm them (read from the caller's stored roles, never the card).
/// </summary>
public sealed class RecordCards(CatalogueService catalogue)
{
    /// <summary>The card, or null when the record is no longer in the catalogue.</summary>
    public async Task<AdaptiveCard?> BuildAsync(ITurnContext turn, RecordRef record, string question, string? notice, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var snapshot = await catalogue.SnapshotAsync(cancellationToken);
        var reviewable = (await turn.GetUserAsync(cancellationToken)).May(Permission.CurateCatalogueLinks);
        var card = record.Kind == CatalogueKind.UseCases
            ? snapshot.FindUseCase(record.Id) is { } useCase ? RecordCard.For(useCase, question, language, UseCaseLinks.For(useCase, snapshot), reviewable) : null
            : snapshot.FindDataset(record.Id) is { } dataset ? RecordCard.For(dataset, DatasetLinks.For(dataset, snapshot), question, language, reviewable) : null;
        if (card is not null && notice is not null) card.Body.Insert(Math.Min(2, card.Body.Count), CardKit.Notice(notice, ContainerStyle.Good));
        return card;
    }
}
