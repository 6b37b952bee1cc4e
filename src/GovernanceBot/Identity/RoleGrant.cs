namespace GovernanceBot.Identity;

/// <summary>A role given from the bot: to whom (an Entra object id or channel user id), by whom and when.</summary>
public sealed record RoleGrant(Role Role, string Identifier, string? Name, string GrantedBy, DateTimeOffset GrantedAt);
