namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// The search engine seam. The embedded implementation is <see cref="LuceneCatalogueIndex"/>; a large
/// deployment can put Azure AI Search behind the same contract (term groups become a search text with
/// synonyms, <see cref="CatalogueSearchRequest.Among"/> an OData <c>search.in</c> filter).
/// </summary>
public interface ICatalogueSearchIndex
{
    /// <summary>Adds or replaces records by id; searches see them when the call returns.</summary>
    void Upsert(IEnumerable<CatalogueUseCase> useCases, IEnumerable<CatalogueDataset> datasets);

    /// <summary>Number of records indexed.</summary>
    int Count { get; }

    IReadOnlyList<CatalogueSearchHit> Search(CatalogueSearchRequest request);
}
