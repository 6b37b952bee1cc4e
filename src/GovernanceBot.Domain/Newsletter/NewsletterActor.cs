namespace GovernanceBot.Domain.Newsletter;

/// <summary>Who acts on the newsletter, as the server established it: their key, name and whether they hold the comms role.</summary>
public sealed record NewsletterActor(string UserKey, string? DisplayName, bool IsComms);
