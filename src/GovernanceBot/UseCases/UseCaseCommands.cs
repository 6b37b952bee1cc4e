using GovernanceBot.Modules;

namespace GovernanceBot.UseCases;

/// <summary>What users type to reach use cases, in French and English.</summary>
public static class UseCaseCommands
{
    public static readonly BotCommand Submit = new("soumettre un cas d'usage", "submit a use case", "nouveau cas d'usage", "new use case");
    public static readonly BotCommand Mine = new("mes cas d'usage", "my use cases");
    public static readonly BotCommand ToEvaluate = new("à évaluer", "to evaluate", "a evaluer", "cas à évaluer", "use cases to evaluate");
    public static readonly BotCommand Show = new("cas d'usage", "use case");
    public static readonly BotCommand Roles = new("rôles", "roles");
    public static readonly BotCommand RoleChange = new("rôle", "role");
}
