namespace GovernanceBot.Domain.Newsletter;

/// <summary>The kinds of event the newsletter announces (DESIGN §6).</summary>
public enum EventKind
{
    TechTalk,
    Training,
    Workshop,
    Other,
}
