using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Copil.Cards;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Modules;

namespace GovernanceBot.Copil;

/// <summary>
/// What a decision card sends: the session (its date), the use case, the decision, and the rank, revisit date
/// and reason typed in. Read defensively; who may decide is never read from here.
/// </summary>
internal sealed record CopilDecisionData(DateOnly Session, Guid UseCaseId, CopilDecisionKind Kind) : ICardData<CopilDecisionData>
{
    /// <summary>What the member typed; a value that cannot be read stays null and the domain says what is missing.</summary>
    public CopilDecisionRequest Request { get; init; } = new(Kind);

    /// <summary>A reason longer than the domain allows is kept long enough to be refused as too long, never cut silently.</summary>
    private const int MaxReasonRead = CopilDecisionRequest.ReasonLength + 1;

    public JsonObject ToJson() => new()
    {
        ["session"] = CopilSession.KeyOf(Session),
        ["useCaseId"] = UseCaseId.ToString("D"),
        ["kind"] = Kind.ToString(),
    };

    public static CopilDecisionData Read(CardActionData action)
    {
        var session = CopilSession.DateOfKey(action.GetString("session")?.Trim());
        var useCase = Guid.TryParse(action.GetString("useCaseId")?.Trim(), out var id) ? id : (Guid?)null;
        var kindText = action.GetString("kind")?.Trim();
        if (session is null || useCase is null || kindText is null || !Enum.GetNames<CopilDecisionKind>().Contains(kindText, StringComparer.Ordinal))
            throw new CardDataException(CopilTexts.DecisionCardData.Localized);
        var kind = Enum.Parse<CopilDecisionKind>(kindText);
        var rankText = action.GetString(DecisionCard.RankInput)?.Trim();
        int? rank = double.TryParse(rankText, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r == Math.Floor(r) && r is >= int.MinValue and <= int.MaxValue ? (int)r : null;
        var revisit = DateOnly.TryParseExact(action.GetString(DecisionCard.RevisitInput)?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : (DateOnly?)null;
        var reason = action.GetString(DecisionCard.ReasonInput);
        if (reason is { Length: > MaxReasonRead }) reason = reason[..MaxReasonRead];
        return new CopilDecisionData(session.Value, useCase.Value, kind) { Request = new CopilDecisionRequest(kind, rank, revisit, reason) };
    }
}
