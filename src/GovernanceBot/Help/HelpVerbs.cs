namespace GovernanceBot.Help;

public static class HelpVerbs
{
    public const string Show = "help.show";
    public const string More = "help.more";
}
