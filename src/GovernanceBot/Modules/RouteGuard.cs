using GovernanceBot.Identity;
using GovernanceBot.Localization;

namespace GovernanceBot.Modules;

/// <summary>
/// Conditions checked before a route's handler runs, against the conversation and the caller's stored
/// identity (never against what a card sends). A refused turn gets a FR/EN answer and changes nothing.
/// </summary>
public sealed record RouteGuard
{
    public static readonly RouteGuard None = new();

    /// <summary>Only in a one-to-one chat: in a channel an updated card would show one person's work to everyone.</summary>
    public bool PersonalChatOnly { get; init; }

    /// <summary>The answer elsewhere; null for the standard one.</summary>
    public TextRef? PersonalChatRefusal { get; init; }

    /// <summary>The permission the caller needs, if any.</summary>
    public Permission? Requires { get; init; }

    /// <summary>The answer to a caller without it; null for the standard one, which names the roles that have it.</summary>
    public TextRef? PermissionRefusal { get; init; }

    public static RouteGuard PersonalChat(TextRef? refusal = null) => new() { PersonalChatOnly = true, PersonalChatRefusal = refusal };

    public static RouteGuard Permitted(Permission permission, TextRef? refusal = null) => new() { Requires = permission, PermissionRefusal = refusal };

    /// <summary>Both guards: personal chat first (no storage read), then the permission.</summary>
    public RouteGuard And(RouteGuard other) => new()
    {
        PersonalChatOnly = PersonalChatOnly || other.PersonalChatOnly,
        PersonalChatRefusal = PersonalChatRefusal ?? other.PersonalChatRefusal,
        Requires = Requires ?? other.Requires,
        PermissionRefusal = PermissionRefusal ?? other.PermissionRefusal,
    };
}
