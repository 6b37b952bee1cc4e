using GovernanceBot.Localization;

namespace GovernanceBot.Identity;

/// <summary>The texts of the roles commands (Roles.texts.json).</summary>
internal static class RolesTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Roles.texts.json");

    public static readonly TextRef HelpRolesTitle = Catalog.Ref(nameof(HelpRolesTitle));
    public static readonly TextRef HelpRolesDescription = Catalog.Ref(nameof(HelpRolesDescription));
    public static readonly TextRef RolesTitle = Catalog.Ref(nameof(RolesTitle));
    public static readonly TextRef RolesLine = Catalog.Ref(nameof(RolesLine));
    public static readonly TextRef RolesNobody = Catalog.Ref(nameof(RolesNobody));
    public static readonly TextRef RolesFromConfig = Catalog.Ref(nameof(RolesFromConfig));
    public static readonly TextRef RoleUsage = Catalog.Ref(nameof(RoleUsage));
    public static readonly TextRef RoleGranted = Catalog.Ref(nameof(RoleGranted));
    public static readonly TextRef RoleRevoked = Catalog.Ref(nameof(RoleRevoked));
    public static readonly TextRef RoleFromConfigOnly = Catalog.Ref(nameof(RoleFromConfigOnly));
    public static readonly TextRef RolesRefused = Catalog.Ref(nameof(RolesRefused));
    public static readonly TextRef RoleListLine = Catalog.Ref(nameof(RoleListLine));
    public static readonly TextRef RoleNotFound = Catalog.Ref(nameof(RoleNotFound));
    public static readonly TextRef RoleNoTarget = Catalog.Ref(nameof(RoleNoTarget));
    public static readonly TextRef RoleNotHeld = Catalog.Ref(nameof(RoleNotHeld));
    public static readonly TextRef RolesUsageLine = Catalog.Ref(nameof(RolesUsageLine));
}
