using System.Globalization;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Storage;

namespace GovernanceBot.UseCases;

/// <summary>
/// The row keys of the <c>UseCases</c> table (see docs/storage.md). Everything lives in one partition so a
/// change — the use case, its index rows, its history line and, on first submission, the number counter —
/// commits in one transaction: indexes are never stale and numbers have no gaps.
/// </summary>
internal static class UseCaseKeys
{
    public const string Partition = "registry";

    /// <summary>Revisions stay far below this; history keys count down from it so the newest comes first.</summary>
    private const int RevisionCeiling = 999_999;

    public static string Case(Guid id) => "case_" + id.ToString("D");

    public static string History(Guid id, int revision) => HistoryPrefix(id) + (RevisionCeiling - revision).ToString("D6", CultureInfo.InvariantCulture);

    public static string HistoryPrefix(Guid id) => "history_" + id.ToString("D") + "_";

    public static string Counter(int year) => "counter_" + year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Number(UseCaseNumber number) =>
        string.Create(CultureInfo.InvariantCulture, $"number_{number.Year:D4}_{number.Sequence:D7}");

    public const string OutboxPrefix = "outbox_";

    /// <summary>Where a notification moves once relayed to the delivery outbox, so the pending scan stays short.</summary>
    public const string RelayedPrefix = "relayed_";

    /// <summary>Oldest first, unique per notification.</summary>
    public static string Outbox(DateTimeOffset at, Guid id) => OutboxPrefix + NotificationSuffix(at, id);

    public static string Relayed(DateTimeOffset at, Guid id) => RelayedPrefix + NotificationSuffix(at, id);

    private static string NotificationSuffix(DateTimeOffset at, Guid id) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "_" + id.ToString("N");

    public static string StatePrefix(UseCaseState state) => "state_" + state + "_";

    public static string HubPrefix(string hubId) => "hub_" + Segment(hubId) + "_";

    public static string SubmitterPrefix(string userKey) => "user_" + Segment(userKey) + "_";

    /// <summary>Index rows end with the use case id, so one prefix scan lists a state, a hub or a submitter.</summary>
    public static IEnumerable<string> IndexRows(UseCase useCase) =>
    [
        StatePrefix(useCase.State) + useCase.Id.ToString("D"),
        HubPrefix(useCase.HubId) + useCase.Id.ToString("D"),
        SubmitterPrefix(useCase.SubmitterKey) + useCase.Id.ToString("D"),
    ];

    /// <summary>An outside value as one key segment: encoded, and with the separator escaped so "a_b" cannot pass for segment "a".</summary>
    private static string Segment(string value) => TableKeys.Encode(value).Replace("_", "~5F", StringComparison.Ordinal);
}
