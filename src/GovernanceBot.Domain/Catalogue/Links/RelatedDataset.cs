using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// A dataset linked to a use case: stated (in a catalogue or by the central team) or suggested, with the
/// suggestion's score — the use case side of <see cref="RelatedUseCase"/>.
/// </summary>
public sealed record RelatedDataset(CatalogueDataset Dataset, DatasetRole Role, bool Suggested, double Score);
