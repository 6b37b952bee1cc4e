namespace GovernanceBot.Identity;

/// <summary>
/// Who is acting and what they may do: the stable key used to store their data, their roles and the hub
/// they chose (null until they pick one).
/// </summary>
public sealed record UserAccess(string UserKey, string? DisplayName, IReadOnlySet<Role> Roles, string? HubId)
{
    /// <summary>The language the user chose ("langue anglais"); null = follow the client's locale.</summary>
    public Domain.Language? PreferredLanguage { get; init; }

    public bool Has(Role role) => Roles.Contains(role);

    public bool May(Permission permission) => RolePermissions.Allows(Roles, permission);
}
