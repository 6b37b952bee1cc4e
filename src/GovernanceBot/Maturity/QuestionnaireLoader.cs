using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity;

/// <summary>
/// Reads the questionnaire the bot runs: the organisation's file when <see cref="MaturityOptions.QuestionnairePath"/>
/// is set, the built-in one otherwise. Any problem stops start-up with a message naming the source.
/// </summary>
internal static class QuestionnaireLoader
{
    public const string BuiltInResource = "questionnaire.v1.json";

    public static QuestionnaireDefinition Load(MaturityOptions options)
    {
        var (source, json) = string.IsNullOrWhiteSpace(options.QuestionnairePath) ? ReadBuiltIn() : ReadFile(options.QuestionnairePath);
        try
        {
            return QuestionnaireDefinition.Parse(json);
        }
        catch (QuestionnaireDefinitionException exception)
        {
            throw new InvalidOperationException($"{source}: {exception.Message}", exception);
        }
    }

    private static (string Source, string Json) ReadFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new InvalidOperationException($"{MaturityOptions.Section}:{nameof(MaturityOptions.QuestionnairePath)} is '{path}', but no file exists at {full}.");
        return ($"Questionnaire file {full}", File.ReadAllText(full));
    }

    private static (string Source, string Json) ReadBuiltIn()
    {
        var assembly = typeof(QuestionnaireLoader).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + BuiltInResource, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return ($"Built-in questionnaire {BuiltInResource}", reader.ReadToEnd());
    }
}
