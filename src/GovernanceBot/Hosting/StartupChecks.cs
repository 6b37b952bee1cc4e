using GovernanceBot.Maturity;

namespace GovernanceBot.Hosting;

/// <summary>Configuration the bot cannot run without, checked before it takes traffic.</summary>
public static class StartupChecks
{
    /// <summary>What to tell the operator when a check fails (what is wrong and how to fix it), else null.</summary>
    public static string? Failure(WebApplication app) =>
        QuestionnaireStartupCheck.Problems(app.Services) is { } problems
            ? $"GovernanceBot cannot start.{Environment.NewLine}{problems}{Environment.NewLine}Fix the file (or unset Maturity__QuestionnairePath to use the built-in questionnaire) and start again."
            : null;
}
