using GovernanceBot.Cards;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity.Cards;

/// <summary>Shown after "Save and quit": how far the user got, and a Resume button for later.</summary>
internal static class SavedCard
{
    public static AdaptiveCard Build(QuestionnaireDefinition definition, AssessmentDraft draft, string hubName, Language language) => new()
    {
        Lang = language.Code(),
        FallbackText = MaturityTexts.SavedTitle.In(language),
        Body =
        [
            CardKit.Title(MaturityTexts.SavedTitle.In(language)),
            CardKit.Subtle(MaturityTexts.HubLine.In(language, hubName)),
            new TextBlock(MaturityTexts.SavedText.In(language, draft.Answers.Count, definition.Questions.Count)),
        ],
        Actions =
        [
            new ExecuteAction { Title = MaturityTexts.Resume.In(language), Verb = MaturityVerbs.Start, Style = ActionStyle.Positive },
            new ExecuteAction { Title = MaturityTexts.ChangeHub.In(language), Verb = MaturityVerbs.ChooseHub },
        ],
    };
}
