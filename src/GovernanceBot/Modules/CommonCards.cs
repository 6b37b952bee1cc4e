using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Help;

namespace GovernanceBot.Modules;

/// <summary>Cards any route may answer with, whatever the feature.</summary>
internal static class CommonCards
{
    /// <summary>The answer to card data that cannot be read: why, that nothing changed, and a way back.</summary>
    public static AdaptiveCard BadCardData(string reason, Language language) => new()
    {
        Lang = language.Code(),
        FallbackText = CommonTexts.BadCardDataTitle.In(language),
        Body =
        [
            CardKit.Title(CommonTexts.BadCardDataTitle.In(language)),
            CardKit.Notice(CommonTexts.BadCardDataBody.In(language, reason), ContainerStyle.Attention),
        ],
        Actions = [CardKit.Button(CommonTexts.OpenHelp.In(language), HelpVerbs.Show)],
    };
}
