using GovernanceBot.Domain;
using GovernanceBot.Localization;
using GovernanceBot.Modules;

namespace GovernanceBot.Help;

/// <summary>
/// One thing the bot can do, as the help card presents it. Each module declares its own topics, so the
/// help card only ever lists what is really there.
/// </summary>
/// <param name="Position">Place on the help card.</param>
/// <param name="Title">Short name of the capability.</param>
/// <param name="Description">One sentence on what it does for the user.</param>
/// <param name="Commands">What to type, per language (first one is shown on the main card).</param>
/// <param name="StartVerb">Card verb that opens the feature from the help card, if any.</param>
public sealed record HelpTopic(
    HelpPosition Position,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<LocalizedText> Commands,
    string? StartVerb = null)
{
    /// <summary>A topic whose texts come from the feature's catalog and whose command is the one its route uses.</summary>
    public static HelpTopic For(HelpPosition position, TextRef title, TextRef description, BotCommand command, string? startVerb = null) =>
        new(position, title.Localized, description.Localized, [command.Name], startVerb);
}
