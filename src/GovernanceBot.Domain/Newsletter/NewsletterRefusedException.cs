namespace GovernanceBot.Domain.Newsletter;

/// <summary>A newsletter action the rules do not allow; nothing was changed.</summary>
public sealed class NewsletterRefusedException(NewsletterRefusal reason) : Exception($"Refused: {reason}.")
{
    public NewsletterRefusal Reason { get; } = reason;
}
