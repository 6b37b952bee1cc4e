namespace GovernanceBot.Domain.UseCases;

/// <summary>A yes/no answer that can also be left unanswered (null) while the draft is open.</summary>
public enum YesNo
{
    No,
    Yes,
}
