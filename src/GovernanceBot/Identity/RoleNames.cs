using GovernanceBot.Domain;
using GovernanceBot.Localization;
using GovernanceBot.Modules;

namespace GovernanceBot.Identity;

/// <summary>Roles as users read them, in their language.</summary>
public static class RoleNames
{
    public static string Of(Role role, Language language) => role switch
    {
        Role.Admin => IdentityTexts.RoleAdmin.In(language),
        Role.CentralTeam => IdentityTexts.RoleCentralTeam.In(language),
        Role.Copil => IdentityTexts.RoleCopil.In(language),
        Role.Comms => IdentityTexts.RoleComms.In(language),
        _ => role.ToString(),
    };

    /// <summary>"central team, Copil and admins".</summary>
    public static string List(IEnumerable<Role> roles, Language language)
    {
        var names = roles.Select(r => Of(r, language)).ToList();
        return names.Count <= 1
            ? string.Concat(names)
            : string.Join(", ", names[..^1]) + " " + CommonTexts.And.In(language) + " " + names[^1];
    }
}
