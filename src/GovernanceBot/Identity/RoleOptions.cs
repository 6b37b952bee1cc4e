namespace GovernanceBot.Identity;

/// <summary>
/// Configuration section <c>Roles</c>: who holds each role, as Entra object ids (the <c>aadObjectId</c>
/// Teams sends). A channel user id (<c>from.id</c>) is accepted too, for local clients that send no
/// object id, such as the Agents Playground.
/// </summary>
public sealed class RoleOptions
{
    public const string Section = "Roles";

    public string[] Admins { get; set; } = [];
    public string[] CentralTeam { get; set; } = [];
    public string[] Copil { get; set; } = [];
    public string[] Comms { get; set; } = [];

    internal IEnumerable<(Role Role, string[] Members)> Assignments =>
    [
        (Role.Admin, Admins),
        (Role.CentralTeam, CentralTeam),
        (Role.Copil, Copil),
        (Role.Comms, Comms),
    ];
}
