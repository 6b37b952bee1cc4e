using System.Globalization;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity.Cards;

/// <summary>
/// The card that walks the questionnaire, one question at a time, replaced in place after each action:
/// progress and category, the question, the input its kind calls for (pre-filled with the saved answer),
/// then Back / Next (Finish on the last question) / Save and quit.
/// </summary>
internal static class QuestionCard
{
    public static AdaptiveCard Build(QuestionnaireDefinition definition, AssessmentDraft draft, string hubName, Language language, string? notice = null)
    {
        var question = draft.CurrentQuestion(definition);
        var number = draft.CurrentIndex + 1;
        var total = definition.Questions.Count;
        var data = new MaturityActionData { DraftId = draft.Id, Revision = draft.Revision, QuestionId = question.Id, HubId = draft.HubId };

        var body = new List<CardElement>
        {
            CardParts.Title(MaturityTexts.Get("CardTitle", language)),
            CardParts.Subtle(MaturityTexts.Get("HubLine", language, hubName)),
        };
        if (notice is not null) body.Add(CardParts.Notice(notice));
        body.Add(new ColumnSet
        {
            Id = "progress",
            Spacing = Spacing.Medium,
            Columns =
            [
                new Column { Width = "auto", Items = [new TextBlock(MaturityTexts.Get("Progress", language, number, total)) { Weight = TextWeight.Bolder }] },
                new Column { Width = "stretch", Items = [new TextBlock(MaturityTexts.Get("CategoryLine", language, definition.Category(question.CategoryId).Title.In(language))) { IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Right }] },
            ],
        });
        body.Add(new TextBlock(CardParts.TextBar(MaturityScore.PercentOf(draft.CurrentIndex, total))) { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new TextBlock(question.Text.In(language)) { Id = "questionText", Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        if (question.Help is not null) body.Add(CardParts.Subtle(question.Help.In(language)));
        body.Add(Input(question, draft.AnswerTo(question.Id), language));

        var actions = new List<CardAction>();
        if (draft.CurrentIndex > 0)
            actions.Add(new ExecuteAction { Title = MaturityTexts.Get("Back", language), Verb = MaturityVerbs.Back, Data = data.ToJson() });
        actions.Add(new ExecuteAction
        {
            Title = MaturityTexts.Get(draft.IsOnLastQuestion(definition) ? "Finish" : "Next", language),
            Verb = MaturityVerbs.Answer,
            Data = data.ToJson(),
            Style = ActionStyle.Positive,
        });
        actions.Add(new ExecuteAction { Title = MaturityTexts.Get("SaveAndQuit", language), Verb = MaturityVerbs.Save, Data = data.ToJson() });

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = $"{MaturityTexts.Get("Progress", language, number, total)}: {question.Text.In(language)}",
            Body = body,
            Actions = actions,
        };
    }

    private static CardElement Input(Question question, string? savedAnswer, Language language)
    {
        if (question.IsScale)
        {
            var scale = question.Scale!;
            return new NumberInput
            {
                Id = MaturityActionData.AnswerInput,
                Label = MaturityTexts.Get("ScaleLabel", language, scale.Min, scale.MinLabel.In(language), scale.Max, scale.MaxLabel.In(language)),
                Placeholder = MaturityTexts.Get("ScalePlaceholder", language, scale.Min, scale.Max),
                Min = scale.Min,
                Max = scale.Max,
                Value = int.TryParse(savedAnswer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var saved) ? saved : null,
                Spacing = Spacing.Medium,
            };
        }

        return new ChoiceSetInput
        {
            Id = MaturityActionData.AnswerInput,
            Label = MaturityTexts.Get("ChoiceLabel", language),
            Style = ChoiceInputStyle.Expanded,
            Choices = question.Options.Select(o => new Choice(o.Label.In(language), o.Value)).ToList(),
            Value = savedAnswer,
            Spacing = Spacing.Medium,
        };
    }
}
