using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Catalogue;
using GovernanceBot.Domain.Catalogue;

namespace GovernanceBot.UseCases;

/// <summary>
/// Answers the submission wizard's dataset typeahead (<c>application/search</c>, dataset "datasets") from the
/// data catalogue: each choice shows the dataset's name and owner and submits its id.
/// </summary>
internal sealed class DatasetSearch(CatalogueService catalogue)
{
    /// <summary>Datasets listed in the card itself, before anything is typed (and all a client without typeahead offers).</summary>
    public const int FirstChoices = 15;

    public static Choice Choice(CatalogueDataset dataset) => new(Title(dataset), dataset.Id);

    public async Task AnswerAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var query = SearchQuery.From(turn.Activity);
        if (query is null)
        {
            turn.SetInvokeResponse(InvokeResponse.ForSearch([]));
            return;
        }
        var datasets = await catalogue.SuggestDatasetsAsync(query.Text, query.Skip, query.Top, cancellationToken);
        turn.SetInvokeResponse(InvokeResponse.ForSearch(datasets.Select(d => (Title(d), d.Id))));
    }

    private static string Title(CatalogueDataset dataset) =>
        string.IsNullOrWhiteSpace(dataset.OwnerOrganisation) ? dataset.Name : $"{dataset.Name} — {dataset.OwnerOrganisation}";
}
