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
            CardParts.Title(MaturityTexts.Get("HubPickerTitle", language)),
            new TextBlock(MaturityTexts.Get("HubPickerText", language)),
        };
        if (notice is not null) body.Add(CardParts.Notice(notice));
        body.Add(new ChoiceSetInput
        {
            Id = MaturityActionData.HubInput,
            Label = MaturityTexts.Get("HubChoiceLabel", language),
            // Radio buttons read best for a handful of hubs; a long list becomes a dropdown.
            Style = hubs.Count <= 8 ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
            Choices = hubs.Select(h => new Choice(h.Name, h.Id)).ToList(),
            Value = hubs.Any(h => h.Id == currentHubId) ? currentHubId : null,
        });

        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = MaturityTexts.Get("HubPickerTitle", language),
            Body = body,
            Actions = [new ExecuteAction { Title = MaturityTexts.Get("Continue", language), Verb = MaturityVerbs.SelectHub, Style = ActionStyle.Positive }],
        };
    }
}
