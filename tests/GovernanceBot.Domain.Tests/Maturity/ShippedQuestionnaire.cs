using GovernanceBot.Domain.Maturity;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Domain.Tests.Maturity;

/// <summary>The questionnaire the bot ships with, read from its source file so the tests check the real data.</summary>
internal static class ShippedQuestionnaire
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "src", "GovernanceBot", "Maturity", "questionnaire.v1.json");

    public static string Json => File.ReadAllText(Path);

    public static QuestionnaireDefinition Definition { get; } = QuestionnaireDefinition.Parse(File.ReadAllText(Path));

    /// <summary>
    /// The lowest answer to every question, then the overrides written "question=value,question=value".
    /// </summary>
    public static Dictionary<string, string> Answers(string overrides = "")
    {
        var answers = Definition.Questions.ToDictionary(q => q.Id, q => q.IsScale ? q.Scale!.Min.ToString() : q.Options.MinBy(o => o.Points)!.Value);
        foreach (var pair in overrides.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=');
            answers[parts[0]] = parts[1];
        }
        return answers;
    }

    /// <summary>The best answer to every question, then the overrides.</summary>
    public static Dictionary<string, string> Best(string overrides = "")
    {
        var best = string.Join(',', Definition.Questions.Select(q => q.Id + "=" + (q.IsScale ? q.Scale!.Max.ToString() : q.Options.MaxBy(o => o.Points)!.Value)));
        return Answers(overrides.Length == 0 ? best : best + "," + overrides);
    }
}
