namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// A use case linked to a dataset: stated in a catalogue (<see cref="Suggested"/> false) or inferred
/// from the same organisation describing that data (<see cref="Suggested"/> true, with a score 0–1),
/// which answers must present as a suggestion.
/// </summary>
public sealed record RelatedUseCase(CatalogueUseCase UseCase, DatasetRole Role, bool Suggested, double Score);

/// <summary>How a use case relates to a dataset.</summary>
public enum DatasetRole
{
    Produces,
    Consumes,
}
