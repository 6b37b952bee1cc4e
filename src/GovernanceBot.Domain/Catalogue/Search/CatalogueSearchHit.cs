namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// A record the search found: its engine score, the share of the question it covers (weighted so rare
/// words count more than common ones) and which of the question's words it matched — the "why".
/// </summary>
public sealed record CatalogueSearchHit(RecordRef Record, double Score, double Coverage, IReadOnlyList<string> MatchedWords);
