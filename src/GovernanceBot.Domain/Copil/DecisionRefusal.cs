namespace GovernanceBot.Domain.Copil;

/// <summary>Why a decision from a card was not taken.</summary>
public enum DecisionRefusal
{
    NotCopil,
    RankRequired,
    RevisitDateRequired,
    RevisitDateNotInFuture,
    ReasonRequired,
    ReasonTooLong,
}
