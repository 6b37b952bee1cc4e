using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Tests.UseCases;

/// <summary>Use cases for host tests, filled by the field rules themselves so every required field gets a valid value.</summary>
internal static class UseCaseSamples
{
    /// <summary>A valid value for every field, as a card would post it.</summary>
    public static Dictionary<string, string?> ValidValues(string title = "Churn early warning") =>
        UseCaseFields.All.ToDictionary(f => f.Id, f => f.Id == "title" ? title : (string?)(f.Kind switch
        {
            FieldKind.Url => $"https://example.org/{f.Id}",
            FieldKind.Number => "30",
            FieldKind.Choice or FieldKind.MultiChoice => f.Options[0],
            FieldKind.Lines => $"{f.Id} one\n{f.Id} two",
            _ => $"About {f.Id}",
        }));

    public static Dictionary<string, string?> ValidValues(WizardStep step, string title = "Churn early warning") =>
        ValidValues(title).Where(v => UseCaseFields.Find(v.Key)!.Step == step).ToDictionary();

    public static UseCaseContent Complete(string title = "Churn early warning") =>
        Enum.GetValues<WizardStep>().Aggregate(UseCaseContent.Empty, (content, step) => UseCaseForm.Apply(content, step, ValidValues(title)).Content);

    public static UseCaseActor Member(string key = "aad-alice", string hub = "retail-banking") => new(key, "Alice", hub);

    public static readonly UseCaseActor Evaluator = new("aad-dan", "Dan", null, IsCentralTeam: true);
}
