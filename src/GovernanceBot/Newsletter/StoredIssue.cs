using GovernanceBot.Domain.Newsletter;

namespace GovernanceBot.Newsletter;

/// <summary>An issue as read from storage, with the ETag the next write must name.</summary>
public sealed record StoredIssue(NewsletterIssue Issue, string ETag);
