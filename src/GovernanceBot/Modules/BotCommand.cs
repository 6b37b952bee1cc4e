using GovernanceBot.Domain;

namespace GovernanceBot.Modules;

/// <summary>
/// A command users type, defined once and used by both its route and the help card: the name shown in
/// each language, plus other phrasings that reach the same route.
/// </summary>
public sealed record BotCommand(LocalizedText Name, params string[] Aliases)
{
    public BotCommand(string french, string english, params string[] aliases) : this(new LocalizedText(french, english), aliases) { }

    /// <summary>Every phrase routed to the command, without repeats ("copil" in both languages counts once).</summary>
    public IReadOnlyList<string> Phrases => new[] { Name.Fr, Name.En }.Concat(Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
