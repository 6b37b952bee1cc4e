using System.Globalization;
using System.Text.Json;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Storage;

namespace GovernanceBot.UseCases;

/// <summary>
/// Maps use cases, their index rows and history lines to table entities. Each submission field is its own
/// string property (<c>F_</c> + field id), so no property nears the 32K-character limit and a field added
/// later needs no migration; values read back go through the field rules again.
/// </summary>
internal static class UseCaseEntities
{
    private const string FieldPrefix = "F_";
    private const string DateFormat = "yyyy-MM-dd";

    public static TableEntity ToEntity(UseCase useCase)
    {
        var entity = new TableEntity(UseCaseKeys.Partition, UseCaseKeys.Case(useCase.Id))
        {
            ["CaseId"] = useCase.Id,
            ["Number"] = useCase.Number?.ToString(),
            ["HubId"] = useCase.HubId,
            ["SubmitterKey"] = useCase.SubmitterKey,
            ["SubmitterName"] = useCase.SubmitterName,
            ["Step"] = useCase.Step.ToString(),
            ["State"] = useCase.State.ToString(),
            ["StateSince"] = useCase.StateSince,
            ["Phase"] = useCase.Phase.ToString(),
            ["MlopsLevel"] = useCase.MlopsLevel?.ToString(),
            ["OwnerKey"] = useCase.OwnerKey,
            ["OwnerName"] = useCase.OwnerName,
            ["Evaluation"] = JsonSerializer.Serialize(useCase.Evaluation.Ratings.ToDictionary(r => r.Key.ToString(), r => new StoredRating(r.Value.Rating, r.Value.Comment))),
            ["OpenQuestions"] = useCase.OpenQuestions,
            ["DeferredUntil"] = Date(useCase.DeferredUntil),
            ["BusinessValidated"] = useCase.BusinessValidated,
            ["SecurityReviewed"] = useCase.SecurityReviewed,
            ["GoLiveDate"] = Date(useCase.Production.GoLiveDate),
            ["SupportContact"] = useCase.Production.SupportContact,
            ["MonitoringUrl"] = useCase.Production.MonitoringUrl,
            ["KpiValues"] = useCase.Production.KpiValues,
            ["SubmittedAt"] = useCase.SubmittedAt,
            ["Revision"] = useCase.Revision,
            ["CreatedAt"] = useCase.CreatedAt,
            ["UpdatedAt"] = useCase.UpdatedAt,
        };
        foreach (var field in UseCaseFields.All) entity[FieldPrefix + field.Id] = field.ValueIn(useCase.Content);
        return entity;
    }

    public static UseCase ToUseCase(TableEntity entity)
    {
        var values = entity.Properties
            .Where(p => p.Key.StartsWith(FieldPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[FieldPrefix.Length..], p => p.Value as string);
        var ratings = JsonSerializer.Deserialize<Dictionary<string, StoredRating>>(entity.GetString("Evaluation") ?? "{}")!;
        var evaluation = ratings
            .Where(r => Enum.TryParse<EvaluationAxis>(r.Key, out _))
            .Aggregate(IndustrialisationEvaluation.Empty, (e, r) => e.With(Enum.Parse<EvaluationAxis>(r.Key), new AxisRating(r.Value.Rating, r.Value.Comment)));
        return new UseCase
        {
            Id = entity.GetGuid("CaseId")!.Value,
            Number = UseCaseNumber.TryParse(entity.GetString("Number")),
            HubId = entity.GetString("HubId")!,
            SubmitterKey = entity.GetString("SubmitterKey")!,
            SubmitterName = entity.GetString("SubmitterName"),
            Content = UseCaseFields.Read(values),
            Step = Enum.Parse<WizardStep>(entity.GetString("Step")!),
            State = Enum.Parse<UseCaseState>(entity.GetString("State")!),
            StateSince = entity.GetDateTimeOffset("StateSince")!.Value,
            Phase = Enum.Parse<LifecyclePhase>(entity.GetString("Phase")!),
            MlopsLevel = entity.GetString("MlopsLevel") is { } level ? Enum.Parse<MlopsLevel>(level) : null,
            OwnerKey = entity.GetString("OwnerKey"),
            OwnerName = entity.GetString("OwnerName"),
            Evaluation = evaluation,
            OpenQuestions = entity.GetString("OpenQuestions"),
            DeferredUntil = Date(entity.GetString("DeferredUntil")),
            BusinessValidated = entity.GetBoolean("BusinessValidated") ?? false,
            SecurityReviewed = entity.GetBoolean("SecurityReviewed") ?? false,
            Production = new ProductionFacts
            {
                GoLiveDate = Date(entity.GetString("GoLiveDate")),
                SupportContact = entity.GetString("SupportContact"),
                MonitoringUrl = entity.GetString("MonitoringUrl"),
                KpiValues = entity.GetString("KpiValues"),
            },
            SubmittedAt = entity.GetDateTimeOffset("SubmittedAt"),
            Revision = entity.GetInt32("Revision")!.Value,
            CreatedAt = entity.GetDateTimeOffset("CreatedAt")!.Value,
            UpdatedAt = entity.GetDateTimeOffset("UpdatedAt")!.Value,
        };
    }

    /// <summary>An index row: the list line it answers with, so listing needs no further reads.</summary>
    public static TableEntity IndexEntity(string rowKey, UseCase useCase) => new(UseCaseKeys.Partition, rowKey)
    {
        ["CaseId"] = useCase.Id,
        ["Number"] = useCase.Number?.ToString(),
        ["Title"] = useCase.Title,
        ["State"] = useCase.State.ToString(),
        ["HubId"] = useCase.HubId,
        ["SubmitterName"] = useCase.SubmitterName,
        ["OwnerName"] = useCase.OwnerName,
        ["UpdatedAt"] = useCase.UpdatedAt,
    };

    public static UseCaseListItem ToListItem(TableEntity entity) => new(
        entity.GetGuid("CaseId")!.Value,
        UseCaseNumber.TryParse(entity.GetString("Number")),
        entity.GetString("Title") ?? "",
        Enum.Parse<UseCaseState>(entity.GetString("State")!),
        entity.GetString("HubId")!,
        entity.GetString("SubmitterName"),
        entity.GetString("OwnerName"),
        entity.GetDateTimeOffset("UpdatedAt")!.Value);

    public static TableEntity HistoryEntity(Guid id, HistoryEntry entry) => new(UseCaseKeys.Partition, UseCaseKeys.History(id, entry.Revision))
    {
        ["CaseId"] = id,
        ["At"] = entry.At,
        ["Revision"] = entry.Revision,
        ["ActorKey"] = entry.ActorKey,
        ["ActorName"] = entry.ActorName,
        ["Event"] = entry.Event.ToString(),
        ["From"] = entry.From.ToString(),
        ["To"] = entry.To.ToString(),
        ["Comment"] = entry.Comment,
        ["Date"] = Date(entry.Date),
        ["Value"] = entry.Value,
    };

    public static HistoryEntry ToHistoryEntry(TableEntity entity) => new(
        entity.GetDateTimeOffset("At")!.Value,
        entity.GetInt32("Revision")!.Value,
        entity.GetString("ActorKey")!,
        entity.GetString("ActorName"),
        Enum.Parse<HistoryEvent>(entity.GetString("Event")!),
        Enum.Parse<UseCaseState>(entity.GetString("From")!),
        Enum.Parse<UseCaseState>(entity.GetString("To")!),
        entity.GetString("Comment"),
        Date(entity.GetString("Date")),
        entity.GetString("Value"));

    public static TableEntity NotificationEntity(UseCaseNotification notification) =>
        NotificationEntity(notification, UseCaseKeys.Outbox(notification.At, notification.Id));

    public static TableEntity NotificationEntity(UseCaseNotification notification, string rowKey) => new(UseCaseKeys.Partition, rowKey)
    {
        ["NotificationId"] = notification.Id,
        ["CaseId"] = notification.UseCaseId,
        ["Audience"] = notification.Audience,
        ["TextFr"] = notification.Text.Fr,
        ["TextEn"] = notification.Text.En,
        ["At"] = notification.At,
        ["OffersTake"] = notification.OffersTake,
    };

    public static UseCaseNotification ToNotification(TableEntity entity) => new(
        entity.GetGuid("NotificationId")!.Value,
        entity.GetGuid("CaseId")!.Value,
        entity.GetString("Audience")!,
        new LocalizedText(entity.GetString("TextFr")!, entity.GetString("TextEn")!),
        entity.GetDateTimeOffset("At")!.Value,
        entity.GetBoolean("OffersTake") ?? false);

    /// <summary>A pending notification with what the relay recorded on it (attempts, reason, claim).</summary>
    public static TableEntity PendingEntity(PendingNotification pending)
    {
        var entity = NotificationEntity(pending.Notification);
        entity["Attempts"] = pending.Attempts;
        entity["RetryAt"] = pending.RetryAt;
        entity["Reason"] = pending.Reason is { Length: > 1000 } reason ? reason[..1000] : pending.Reason;
        entity["ClaimedBy"] = pending.ClaimedBy;
        entity["ClaimedUntil"] = pending.ClaimedUntil;
        return entity;
    }

    public static PendingNotification ToPending(TableEntity entity) => new(
        ToNotification(entity),
        entity.ETag!,
        entity.GetInt32("Attempts") ?? 0,
        entity.GetDateTimeOffset("RetryAt"),
        entity.GetString("Reason"),
        entity.GetString("ClaimedBy"),
        entity.GetDateTimeOffset("ClaimedUntil"));

    public static TableEntity NumberEntity(UseCaseNumber number, Guid id) => new(UseCaseKeys.Partition, UseCaseKeys.Number(number)) { ["CaseId"] = id };

    public static TableEntity CounterEntity(int year, int last) => new(UseCaseKeys.Partition, UseCaseKeys.Counter(year)) { ["Last"] = last };

    private static string? Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed record StoredRating(int Rating, string? Comment);
}
