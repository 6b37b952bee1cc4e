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
        FallbackText = MaturityTexts.Get("SavedTitle", language),
        Body =
        [
            CardParts.Title(MaturityTexts.Get("SavedTitle", language)),
            CardParts.Subtle(MaturityTexts.Get("HubLine", language, hubName)),
            new TextBlock(MaturityTexts.Get("SavedText", language, draft.Answers.Count, definition.Questions.Count)),
        ],
        Actions =
        [
            new ExecuteAction { Title = MaturityTexts.Get("Resume", language), Verb = MaturityVerbs.Start, Style = ActionStyle.Positive },
            new ExecuteAction { Title = MaturityTexts.Get("ChangeHub", language), Verb = MaturityVerbs.ChooseHub },
        ],
    };
}
