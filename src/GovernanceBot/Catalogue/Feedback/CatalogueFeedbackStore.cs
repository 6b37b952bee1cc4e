using System.Security.Cryptography;
using System.Text;
using GovernanceBot.Domain;
using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue.Feedback;

/// <summary>
/// Helpful / Not helpful votes on answers, for the central team (table <c>CatalogueFeedback</c>):
/// PartitionKey = the month (yyyy-MM, to read a month's votes at once), RowKey = a hash of the voter and
/// the question, so a double click or a change of mind replaces the vote instead of adding one.
/// </summary>
public sealed class CatalogueFeedbackStore(ITableStorage storage, TimeProvider time)
{
    public const string Table = "CatalogueFeedback";

    public sealed record Vote(string Question, Language Language, bool Helpful, IReadOnlyList<string> Cited, string Voter, DateTimeOffset At, bool Forwarded);

    public async Task RecordAsync(string voter, string question, Language language, bool helpful, IReadOnlyList<string> cited, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entity = new TableEntity(now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), KeyOf(voter, question))
        {
            ["Question"] = question,
            ["Language"] = language.Code(),
            ["Helpful"] = helpful,
            ["Cited"] = string.Join(',', cited),
            ["Voter"] = voter,
            ["At"] = now,
        };
        await storage.GetTable(Table).UpsertAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Marks the vote as sent to the central team (the vote itself is kept).</summary>
    public async Task MarkForwardedAsync(string voter, string question, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(time.GetUtcNow().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), KeyOf(voter, question))
        {
            ["Forwarded"] = true,
        };
        await storage.GetTable(Table).UpsertAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<IReadOnlyList<Vote>> MonthAsync(DateTimeOffset month, CancellationToken cancellationToken)
    {
        var votes = new List<Vote>();
        var query = new TableQuery { PartitionKey = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) };
        await foreach (var e in storage.GetTable(Table).QueryAsync(query, cancellationToken))
        {
            votes.Add(new Vote(e.GetString("Question") ?? "", Languages.FromLocale(e.GetString("Language")), e.GetBoolean("Helpful") ?? false,
                (e.GetString("Cited") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), e.GetString("Voter") ?? "",
                e.GetDateTimeOffset("At") ?? month, e.GetBoolean("Forwarded") ?? false));
        }
        return votes;
    }

    public static string KeyOf(string voter, string question) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(voter + "\n" + question.Trim().ToLowerInvariant())), 0, 16).ToLowerInvariant();
}
