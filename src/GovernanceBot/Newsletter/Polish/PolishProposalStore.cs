using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Storage;

namespace GovernanceBot.Newsletter.Polish;

/// <summary>
/// Table <c>NewsletterProposals</c>: the LLM rewrite a person is looking at, PartitionKey = quarter, RowKey =
/// section id, with the issue revision it was made on. Kept here rather than in the card, so the card stays small
/// and "Accept" takes exactly the text that was checked and shown, never one a client sends back.
/// </summary>
public sealed class PolishProposalStore(ITableStorage storage)
{
    public const string TableName = "NewsletterProposals";

    private ITable Table => storage.GetTable(TableName);

    public Task SaveAsync(Quarter quarter, string sectionId, int revision, string rewrite, CancellationToken cancellationToken) =>
        Table.UpsertAsync(new TableEntity(quarter.ToString(), TableKeys.Encode(sectionId)) { ["Revision"] = revision, ["Rewrite"] = rewrite }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The rewrite proposed for the section at <paramref name="revision"/>; null when none (or one made on another revision).</summary>
    public async Task<string?> FindAsync(Quarter quarter, string sectionId, int revision, CancellationToken cancellationToken) =>
        await Table.GetAsync(quarter.ToString(), TableKeys.Encode(sectionId), cancellationToken) is { } e && e.GetInt32("Revision") == revision ? e.GetString("Rewrite") : null;

    public async Task DeleteAsync(Quarter quarter, string sectionId, CancellationToken cancellationToken)
    {
        if (await Table.GetAsync(quarter.ToString(), TableKeys.Encode(sectionId), cancellationToken) is not null)
            await Table.DeleteAsync(quarter.ToString(), TableKeys.Encode(sectionId), "*", cancellationToken);
    }
}
