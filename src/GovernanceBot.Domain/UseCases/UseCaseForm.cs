namespace GovernanceBot.Domain.UseCases;

/// <summary>Applies what a wizard card posted and says what is still missing.</summary>
public static class UseCaseForm
{
    /// <summary>
    /// Writes the posted values of <paramref name="step"/>'s fields into <paramref name="content"/>. A field the
    /// card did not send is left unchanged; an empty one is cleared; a refused one keeps its old value and is
    /// reported. Values of other steps' fields and unknown keys are ignored.
    /// </summary>
    public static FormResult Apply(UseCaseContent content, WizardStep step, IReadOnlyDictionary<string, string?> posted)
    {
        var errors = new List<FieldError>();
        foreach (var field in UseCaseFields.Of(step))
        {
            if (!posted.TryGetValue(field.Id, out var raw)) continue;
            var error = field.TryCanonical(raw, out var canonical);
            if (error is not null) errors.Add(error);
            else content = field.WithValue(content, canonical);
        }
        return new FormResult(content, errors);
    }

    /// <summary>The required fields of one step that are still empty, in field order.</summary>
    public static IReadOnlyList<FieldError> MissingIn(UseCaseContent content, WizardStep step) =>
        [.. UseCaseFields.Of(step).Where(f => f.IsRequiredIn(content) && f.ValueIn(content) is null).Select(f => new FieldError(f.Id, FieldErrorCode.Required))];

    /// <summary>Everything that stops a submission: every missing required field of every step, and a prohibited AI Act risk.</summary>
    public static IReadOnlyList<FieldError> SubmissionBlockers(UseCaseContent content)
    {
        var blockers = Enum.GetValues<WizardStep>().SelectMany(step => MissingIn(content, step)).ToList();
        if (content.Compliance.AiActRisk == AiActRiskLevel.Unacceptable) blockers.Add(new FieldError("aiActRisk", FieldErrorCode.ProhibitedRisk));
        return blockers;
    }
}
