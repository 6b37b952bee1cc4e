using GovernanceBot.Domain;

namespace GovernanceBot.Help;

/// <summary>
/// One thing the bot can do, as the help card presents it. Each feature registers its own topic, so the
/// help card only ever lists what is really there.
/// </summary>
/// <param name="Order">Position on the help card.</param>
/// <param name="Title">Short name of the capability.</param>
/// <param name="Description">One sentence on what it does for the user.</param>
/// <param name="Commands">What to type, per language (first one is shown on the main card).</param>
/// <param name="StartVerb">Card verb that opens the feature from the help card, if any.</param>
public sealed record HelpTopic(
    int Order,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<LocalizedText> Commands,
    string? StartVerb = null);
