namespace GovernanceBot.Identity;

/// <summary>The one table of which role grants which permission.</summary>
internal static class RolePermissions
{
    private static readonly Dictionary<Permission, Role[]> Grants = new()
    {
        [Permission.ManageHubs] = [Role.Admin],
        [Permission.ViewAllHubsMaturity] = [Role.Admin, Role.CentralTeam, Role.Copil],
    };

    public static bool Allows(IReadOnlySet<Role> roles, Permission permission) =>
        Grants.TryGetValue(permission, out var granted) && granted.Any(roles.Contains);
}
