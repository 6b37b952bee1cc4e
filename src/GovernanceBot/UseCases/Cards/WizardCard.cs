using System.Globalization;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.UseCases.Cards;

/// <summary>
/// The submission wizard, one card replaced in place: step indicator, the step's fields pre-filled (with
/// what the user typed when a value was refused, so nothing is lost), each refusal shown under its field,
/// then Back / Next / Save and quit. The review step shows every answer, lists what is missing and offers Submit.
/// </summary>
internal static class WizardCard
{
    private static readonly int StepCount = Enum.GetValues<WizardStep>().Length;

    /// <summary>The dataset name a typeahead choice set asks the bot's search for (see <see cref="DatasetSearch"/>).</summary>
    public const string DatasetsSearch = "datasets";

    /// <param name="catalogueChoices">
    /// When the data catalogue has datasets: the first few of them (title, id), shown under the datasets field in a
    /// typeahead over the whole catalogue (clients without typeahead offer just these).
    /// </param>
    public static AdaptiveCard Build(UseCase useCase, string hubName, Language language, IReadOnlyList<FieldError>? errors = null,
        IReadOnlyDictionary<string, string?>? typed = null, string? notice = null, IReadOnlyList<Choice>? catalogueChoices = null)
    {
        errors ??= [];
        var step = useCase.Step;
        var data = new UseCaseActionData { UseCaseId = useCase.Id, Revision = useCase.Revision, Step = step };
        var body = new List<CardElement>
        {
            CardKit.Title(UseCaseTexts.WizardTitle.In(language)),
            CardKit.Subtle(UseCaseTexts.WizardHubLine.In(language, hubName)),
            CardKit.Progress(UseCaseTexts.StepProgress.In(language, (int)step + 1, StepCount, UseCaseTexts.Step(step, language)), (int)step + 1, StepCount),
        };
        if (notice is not null) body.Add(CardKit.Notice(notice));
        if (errors.Count > 0 && step != WizardStep.Review) body.Add(Banner.Of(UseCaseTexts.FixErrors.In(language), ContainerStyle.Attention));
        if (useCase.OpenQuestions is not null) body.Add(Banner.Of(UseCaseTexts.OpenQuestions.In(language, useCase.OpenQuestions), ContainerStyle.Accent));
        body.Add(new TextBlock(UseCaseTexts.StepIntro(step, language)) { Spacing = Spacing.Medium });

        if (step == WizardStep.Review) body.AddRange(Review(useCase, data, language));
        else
        {
            foreach (var field in UseCaseFields.Of(step))
            {
                var error = errors.FirstOrDefault(e => e.FieldId == field.Id);
                var value = error is not null && typed is not null && typed.TryGetValue(field.Id, out var raw) ? raw : field.ValueIn(useCase.Content);
                body.Add(Input(field, value, useCase.Content, language));
                if (error is not null) body.Add(new TextBlock(UseCaseTexts.Error(error, language)) { Id = "error_" + field.Id, Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
                if (field.Id == UseCaseActionData.DatasetsField && catalogueChoices is { Count: > 0 }) body.Add(DatasetPicker(catalogueChoices, language));
            }
        }

        var actions = new List<CardAction>();
        if (step != WizardStep.Value) actions.Add(CardKit.Button(UseCaseTexts.Back.In(language), UseCaseVerbs.Wizard, (data with { Move = WizardMove.Back }).ToJson()));
        actions.Add(step == WizardStep.Review
            ? CardKit.Button(UseCaseTexts.Submit.In(language), UseCaseVerbs.Transition, (data with { Action = LifecycleAction.Submit }).ToJson(), ActionStyle.Positive)
            : CardKit.Button(UseCaseTexts.Next.In(language), UseCaseVerbs.Wizard, (data with { Move = WizardMove.Next }).ToJson(), ActionStyle.Positive));
        actions.Add(CardKit.Button(UseCaseTexts.SaveAndQuit.In(language), UseCaseVerbs.Wizard, (data with { Move = WizardMove.SaveAndQuit }).ToJson()));

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = UseCaseTexts.StepProgress.In(language, (int)step + 1, StepCount, UseCaseTexts.Step(step, language)),
            Body = body,
            Actions = actions,
        };
    }

    private static IEnumerable<CardElement> Review(UseCase useCase, UseCaseActionData data, Language language)
    {
        var blockers = UseCaseForm.SubmissionBlockers(useCase.Content);
        if (blockers.Count == 0) yield return Banner.Of(UseCaseTexts.ReviewReady.In(language), ContainerStyle.Good);
        else
        {
            yield return Banner.Of(UseCaseTexts.ReviewMissing.In(language, blockers.Count), ContainerStyle.Attention);
            yield return new TextBlock(string.Join("\n", blockers.Select(b => $"- {UseCaseTexts.Step(UseCaseFields.Find(b.FieldId)!.Step, language)} · {UseCaseTexts.FieldLabel(UseCaseFields.Find(b.FieldId)!, language)} : {UseCaseTexts.Error(b, language)}")))
            {
                Id = "missing",
                Color = TextColor.Attention,
                Spacing = Spacing.Small,
            };
        }

        foreach (var step in Enum.GetValues<WizardStep>().Where(s => s != WizardStep.Review))
        {
            yield return new TextBlock(UseCaseTexts.Step(step, language)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
            yield return CardKit.Facts(UseCaseFields.Of(step).Select(f => (UseCaseTexts.FieldLabel(f, language), UseCaseTexts.Display(f, useCase.Content, language))));
            yield return CardKit.ButtonRow(CardKit.Button(UseCaseTexts.Edit.In(language) + " — " + UseCaseTexts.Step(step, language), UseCaseVerbs.Wizard,
                (data with { Move = WizardMove.GoTo, GoTo = step }).ToJson()));
        }
    }

    /// <summary>
    /// Teams' dynamic typeahead over the data catalogue: what is picked is added to the datasets field on the next
    /// move, and that field stays free text for datasets the catalogue does not have.
    /// </summary>
    private static ChoiceSetInput DatasetPicker(IReadOnlyList<Choice> firstChoices, Language language) => new()
    {
        Choices = [.. firstChoices],
        Id = UseCaseActionData.DatasetsPickedInput,
        Label = UseCaseTexts.DatasetsPicker.In(language),
        Placeholder = UseCaseTexts.DatasetsPickerPlaceholder.In(language),
        Style = ChoiceInputStyle.Filtered,
        IsMultiSelect = true,
        ChoicesData = new DataQuery(DatasetsSearch),
        Spacing = Spacing.Small,
    };

    private static CardElement Input(UseCaseField field, string? value, UseCaseContent content, Language language)
    {
        var label = UseCaseTexts.FieldLabel(field, language) + (field.IsRequiredIn(content) ? UseCaseTexts.Required.In(language) : "");
        return field.Kind switch
        {
            FieldKind.Choice or FieldKind.MultiChoice => new ChoiceSetInput
            {
                Id = field.Id,
                Label = label,
                Style = field.Kind == FieldKind.MultiChoice || field.Options.Count > 4 ? ChoiceInputStyle.Compact : ChoiceInputStyle.Expanded,
                IsMultiSelect = field.Kind == FieldKind.MultiChoice ? true : null,
                Choices = field.Options.Select(o => new Choice(UseCaseTexts.Option(field, o, language), o)).ToList(),
                Value = value,
            },
            FieldKind.Number => new NumberInput
            {
                Id = field.Id,
                Label = label,
                Min = field.Minimum,
                Max = field.Maximum,
                Value = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null,
            },
            _ => new TextInput
            {
                Id = field.Id,
                Label = label,
                Value = value,
                IsMultiline = field.Kind is FieldKind.LongText or FieldKind.Lines ? true : null,
                MaxLength = field.Kind == FieldKind.Lines ? null : field.MaxLength,
                Placeholder = field.Kind == FieldKind.Url ? "https://…" : null,
            },
        };
    }
}
