namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>A record an answer relies on, with the question's words it matched (empty for exact filters).</summary>
public sealed record CitedRecord(RecordRef Ref, string Name, IReadOnlyList<string> MatchedWords)
{
    public CatalogueUseCase? UseCase { get; init; }
    public CatalogueDataset? Dataset { get; init; }

    public static CitedRecord Of(CatalogueUseCase useCase, IReadOnlyList<string>? matched = null) =>
        new(RecordRef.UseCase(useCase.Id), useCase.Name, matched ?? []) { UseCase = useCase };

    public static CitedRecord Of(CatalogueDataset dataset, IReadOnlyList<string>? matched = null) =>
        new(RecordRef.Dataset(dataset.Id), dataset.Name, matched ?? []) { Dataset = dataset };
}
