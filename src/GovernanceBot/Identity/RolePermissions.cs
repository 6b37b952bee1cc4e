namespace GovernanceBot.Identity;

/// <summary>The one table of which role grants which permission.</summary>
internal static class RolePermissions
{
    private static readonly Dictionary<Permission, Role[]> Grants = new()
    {
        [Permission.ManageHubs] = [Role.Admin],
        [Permission.ViewAllHubsMaturity] = [Role.Admin, Role.CentralTeam, Role.Copil],
        [Permission.ManageChannels] = [Role.Admin],
        [Permission.ManageSchedules] = [Role.Admin, Role.CentralTeam, Role.Copil, Role.Comms],
        [Permission.ViewDeliveryStatus] = [Role.Admin, Role.CentralTeam, Role.Copil, Role.Comms],
        [Permission.EvaluateUseCase] = [Role.CentralTeam],
        [Permission.DecideUseCase] = [Role.Copil],
        [Permission.PrepareCopil] = [Role.Admin, Role.CentralTeam],
        [Permission.ViewAllUseCases] = [Role.Admin, Role.CentralTeam, Role.Copil],
        [Permission.ManageRoles] = [Role.Admin],
        [Permission.EditNewsletter] = [Role.Comms],
        [Permission.ImportCatalogues] = [Role.Admin],
        [Permission.CurateCatalogueLinks] = [Role.Admin, Role.CentralTeam],
        [Permission.ViewOperations] = [Role.Admin],
    };

    /// <summary>The roles holding <paramref name="permission"/>, for refusals that say who to ask.</summary>
    public static IReadOnlyList<Role> RolesWith(Permission permission) => Grants.GetValueOrDefault(permission, []);

    public static bool Allows(IReadOnlySet<Role> roles, Permission permission) =>
        Grants.TryGetValue(permission, out var granted) && granted.Any(roles.Contains);
}
