using GovernanceBot.Cards;
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
    /// <param name="noticeStyle">Warning (default) for something the user must look at; Accent for plain information such as resuming.</param>
    public static AdaptiveCard Build(QuestionnaireDefinition definition, AssessmentDraft draft, string hubName, Language language, string? notice = null, ContainerStyle noticeStyle = ContainerStyle.Warning)
    {
        var question = draft.CurrentQuestion(definition);
        var number = draft.CurrentIndex + 1;
        var total = definition.Questions.Count;
        var data = new MaturityActionData { DraftId = draft.Id, Revision = draft.Revision, QuestionId = question.Id, HubId = draft.HubId };

        var body = new List<CardElement>
        {
            CardKit.Title(MaturityTexts.CardTitle.In(language)),
            CardKit.Subtle(MaturityTexts.HubLine.In(language, hubName)),
        };
        if (notice is not null) body.Add(CardKit.Notice(notice, noticeStyle));
        body.Add(new ColumnSet
        {
            Id = "progress",
            Spacing = Spacing.Medium,
            Columns =
            [
                new Column { Width = "auto", Items = [new TextBlock(MaturityTexts.Progress.In(language, number, total)) { Weight = TextWeight.Bolder }] },
                new Column { Width = "stretch", Items = [new TextBlock(MaturityTexts.CategoryLine.In(language, definition.Category(question.CategoryId).Title.In(language))) { IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Right }] },
            ],
        });
        body.Add(CardKit.PercentBar(MaturityScore.PercentOf(draft.CurrentIndex, total), "progressBar"));
        body.Add(new TextBlock(question.Text.In(language)) { Id = "questionText", Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        if (question.Help is not null) body.Add(CardKit.Subtle(question.Help.In(language)));
        body.Add(Input(question, draft.AnswerTo(question.Id), language));

        var actions = new List<CardAction>();
        if (draft.CurrentIndex > 0)
            actions.Add(new ExecuteAction { Title = MaturityTexts.Back.In(language), Verb = MaturityVerbs.Back, Data = data.ToJson() });
        actions.Add(new ExecuteAction
        {
            Title = (draft.IsOnLastQuestion(definition) ? MaturityTexts.Finish : MaturityTexts.Next).In(language),
            Verb = MaturityVerbs.Answer,
            Data = data.ToJson(),
            Style = ActionStyle.Positive,
        });
        actions.Add(new ExecuteAction { Title = MaturityTexts.SaveAndQuit.In(language), Verb = MaturityVerbs.Save, Data = data.ToJson() });

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = $"{MaturityTexts.Progress.In(language, number, total)}: {question.Text.In(language)}",
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
                Label = MaturityTexts.ScaleLabel.In(language, scale.Min, scale.MinLabel.In(language), scale.Max, scale.MaxLabel.In(language)),
                // The label states the scale; saying it again in the placeholder would state it twice.
                Placeholder = MaturityTexts.ScalePlaceholder.In(language),
                Min = scale.Min,
                Max = scale.Max,
                Value = int.TryParse(savedAnswer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var saved) ? saved : null,
                Spacing = Spacing.Medium,
            };
        }

        return new ChoiceSetInput
        {
            Id = MaturityActionData.AnswerInput,
            Label = MaturityTexts.ChoiceLabel.In(language),
            Style = ChoiceInputStyle.Expanded,
            Choices = question.Options.Select(o => new Choice(o.Label.In(language), o.Value)).ToList(),
            Value = savedAnswer,
            Spacing = Spacing.Medium,
        };
    }
}
