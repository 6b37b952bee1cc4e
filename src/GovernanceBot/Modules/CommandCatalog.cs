namespace GovernanceBot.Modules;

/// <summary>
/// Every command the modules route, with the guard it was declared with: what the Teams manifest's command
/// lists and the README's command table must match (a test holds them to it).
/// </summary>
public sealed class CommandCatalog
{
    private readonly List<(BotCommand Command, RouteGuard? Guard)> _commands = [];

    public IReadOnlyList<(BotCommand Command, RouteGuard? Guard)> Commands
    {
        get { lock (_commands) return _commands.ToList(); }
    }

    internal void Add(BotCommand command, RouteGuard? guard)
    {
        lock (_commands) _commands.Add((command, guard));
    }
}
