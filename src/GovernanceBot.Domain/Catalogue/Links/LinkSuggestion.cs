namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// A link the catalogues do not state but suggest: a use case of the dataset's organisation whose data
/// description or system names mention most of the dataset's name (<see cref="Score"/>: the share, 0–1).
/// </summary>
public sealed record LinkSuggestion(string DatasetId, string UseCaseId, double Score);
