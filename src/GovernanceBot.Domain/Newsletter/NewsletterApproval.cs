namespace GovernanceBot.Domain.Newsletter;

/// <summary>A person's approval of the text as it stood at <see cref="ContentVersion"/>.</summary>
public sealed record NewsletterApproval(string UserKey, string? DisplayName, DateTimeOffset At, int ContentVersion);
