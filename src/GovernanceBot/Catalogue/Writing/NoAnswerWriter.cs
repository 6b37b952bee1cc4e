using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue.Writing;

/// <summary>No LLM configured: answers come from search alone.</summary>
public sealed class NoAnswerWriter : IAnswerWriter
{
    public bool IsEnabled => false;

    public Task<WrittenAnswer> WriteAsync(CatalogueAnswer answer, string searchText, CancellationToken cancellationToken) =>
        Task.FromResult(WrittenAnswer.Failed("disabled"));
}
