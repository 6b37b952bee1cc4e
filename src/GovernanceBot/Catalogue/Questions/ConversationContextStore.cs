using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.Storage;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Catalogue.Questions;

/// <summary>
/// The last questions of each conversation (table <c>CatalogueContext</c>), in shared storage so that
/// every instance of the bot sees them. PartitionKey = "context", RowKey = a hash of the conversation and
/// the person asking (two people in one channel thread keep their own context). One row holds the few
/// turns as JSON; turns past the expiry are ignored on read and dropped on the next write.
/// </summary>
public sealed class ConversationContextStore(ITableStorage storage, TimeProvider time, IOptions<ConversationContextOptions> options)
{
    public const string Table = "CatalogueContext";
    private const string Partition = "context";

    /// <summary>Fresh turns of the conversation, newest first; none after the expiry.</summary>
    public async Task<IReadOnlyList<ConversationTurn>> RecentAsync(string conversation, CancellationToken cancellationToken)
    {
        var entity = await storage.GetTable(Table).GetAsync(Partition, KeyOf(conversation), cancellationToken);
        return entity is null ? [] : new ConversationContext(Read(entity.GetString("Turns"))).Recent(time.GetUtcNow(), options.Value.Expiry);
    }

    /// <summary>Remembers an answered question as the conversation's newest turn.</summary>
    public async Task RememberAsync(string conversation, CatalogueAnswer answer, IReadOnlyList<ConversationTurn> recent, CancellationToken cancellationToken)
    {
        var turn = ConversationTurn.Of(answer, time.GetUtcNow());
        var context = new ConversationContext(recent).With(turn, Math.Max(1, options.Value.Turns), options.Value.Expiry);
        var entity = new TableEntity(Partition, KeyOf(conversation))
        {
            ["Turns"] = JsonSerializer.Serialize(context.Turns.Select(Stored.Of).ToList()),
            ["At"] = turn.At,
        };
        await storage.GetTable(Table).UpsertAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Conversation ids can be long and hold characters keys refuse: the key is a hash.</summary>
    public static string KeyOf(string conversation) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(conversation))).ToLowerInvariant();

    private static List<ConversationTurn> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            return (JsonSerializer.Deserialize<List<Stored>>(json) ?? []).Select(s => s.ToTurn()).OfType<ConversationTurn>().ToList();
        }
        catch (JsonException)
        {
            // A row written by another version: start afresh rather than fail the question.
            return [];
        }
    }

    /// <summary>A turn as stored: plain values only.</summary>
    private sealed record Stored(
        string Question, DateTimeOffset At, string Language, string Intent, string? Kind, string? Status, bool PersonalData, bool Sensitive,
        string? Organisation, List<StoredTerm> Subject, List<string> Cited)
    {
        public static Stored Of(ConversationTurn turn) => new(
            turn.Question, turn.At, turn.Language.Code(), turn.Intent.ToString(), turn.Kind?.ToString(), turn.Status?.ToString(),
            turn.PersonalData, turn.Sensitive, turn.Organisation,
            turn.Subject.Select(g => new StoredTerm(g.Word, g.Alternatives.ToList())).ToList(),
            turn.Cited.Select(r => (r.Kind == CatalogueKind.UseCases ? "u:" : "d:") + r.Id).ToList());

        public ConversationTurn? ToTurn()
        {
            if (Question is null || !Enum.TryParse<QuestionIntent>(Intent, out var intent)) return null;
            return new ConversationTurn
            {
                Question = Question,
                At = At,
                Language = Languages.FromLocale(Language),
                Intent = intent,
                Kind = Enum.TryParse<CatalogueKind>(Kind, out var kind) ? kind : null,
                Status = Enum.TryParse<UseCaseStatus>(Status, out var status) ? status : null,
                PersonalData = PersonalData,
                Sensitive = Sensitive,
                Organisation = Organisation,
                Subject = (Subject ?? []).Where(t => t.Word is not null).Select(t => new QueryTermGroup(t.Word, t.Alternatives ?? [])).ToList(),
                Cited = (Cited ?? []).Where(c => c is { Length: > 2 }).Select(c => c.StartsWith("u:", StringComparison.Ordinal) ? RecordRef.UseCase(c[2..]) : RecordRef.Dataset(c[2..])).ToList(),
            };
        }
    }

    private sealed record StoredTerm(string Word, List<string>? Alternatives);
}
