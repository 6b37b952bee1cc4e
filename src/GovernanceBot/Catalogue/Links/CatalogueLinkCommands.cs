using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Links;

/// <summary>The link commands, defined once for their routes and the help card.</summary>
public static class CatalogueLinkCommands
{
    public static readonly BotCommand Link = new("lier", "link");
    public static readonly BotCommand Unlink = new("délier", "unlink");

    /// <summary>What follows the command's phrase in <paramref name="text"/> ("lier GRP-CHURN ; DS-CLIENTS" → "GRP-CHURN ; DS-CLIENTS").</summary>
    public static string Arguments(string text, BotCommand command)
    {
        var trimmed = text.Trim();
        foreach (var phrase in command.Phrases.OrderByDescending(p => p.Length))
        {
            var words = CommandText.Words(phrase).Length;
            var parts = trimmed.Split((char[]?)null, words + 1, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= words && CommandText.Words(string.Join(' ', parts.Take(words))).SequenceEqual(CommandText.Words(phrase)))
            {
                return parts.Length > words ? parts[words].Trim() : "";
            }
        }
        return trimmed;
    }
}
