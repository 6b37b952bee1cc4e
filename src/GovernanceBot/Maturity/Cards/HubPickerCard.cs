using GovernanceBot.Cards;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Hubs;

namespace GovernanceBot.Maturity.Cards;

/// <summary>Asks which hub the user belongs to (first use, or "Change hub"); the choice is remembered.</summary>
internal static class HubPickerCard
{
    public static AdaptiveCard Build(IReadOnlyList<Hub> hubs, string? currentHubId, Language language, string? notice = null)
    {
        var body = new List<CardElement>
        {
            CardKit.Title(MaturityTexts.HubPickerTitle.In(language)),
            new TextBlock(MaturityTexts.HubPickerText.In(language)),
        };
        if (notice is not null) body.Add(CardKit.Notice(notice));
        body.Add(new ChoiceSetInput
        {
            Id = MaturityActionData.HubInput,
            Label = MaturityTexts.HubChoiceLabel.In(language),
            // Radio buttons read best for a handful of hubs; a long list becomes a dropdown.
            Style = hubs.Count <= 8 ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
            Choices = hubs.Select(h => new Choice(h.Name, h.Id)).ToList(),
            Value = hubs.Any(h => h.Id == currentHubId) ? currentHubId : null,
        });

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = MaturityTexts.HubPickerTitle.In(language),
            Body = body,
            Actions = [new ExecuteAction { Title = MaturityTexts.Continue.In(language), Verb = MaturityVerbs.SelectHub, Style = ActionStyle.Positive }],
        };
    }
}
