using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;

namespace GovernanceBot.UseCases.Cards;

/// <summary>A list of use cases ("my use cases", "to evaluate"), one line each with an Open button.</summary>
internal static class UseCaseListCard
{
    public const int MaxLines = 25;

    public static AdaptiveCard Build(string title, IReadOnlyList<UseCaseListItem> items, Func<string, string> hubName, Language language, string empty, bool offerNew = false)
    {
        var body = new List<CardElement> { CardKit.Title(title) };
        if (items.Count == 0) body.Add(new TextBlock(empty) { Id = "empty" });
        foreach (var item in items.Take(MaxLines))
        {
            var status = UseCaseTexts.Of(item.State, language) + (item.OwnerName is null ? "" : " · " + UseCaseTexts.OwnedBy.In(language, item.OwnerName));
            body.Add(new ColumnSet
            {
                Separator = true,
                Columns =
                [
                    new Column
                    {
                        Width = "stretch",
                        Items =
                        [
                            new TextBlock($"{item.Number?.ToString() ?? UseCaseTexts.NoNumber.In(language)} — {(item.Title.Length == 0 ? UseCaseTexts.Untitled.In(language) : item.Title)}") { Weight = TextWeight.Bolder },
                            CardKit.Subtle(UseCaseTexts.ListLine.In(language, status, hubName(item.HubId), UseCaseTexts.Date(item.UpdatedAt, language))),
                        ],
                    },
                    new Column
                    {
                        Width = "auto",
                        Items = [CardKit.ButtonRow(CardKit.Button(UseCaseTexts.Open.In(language), UseCaseVerbs.Open, new UseCaseActionData { UseCaseId = item.Id }.ToJson()))],
                    },
                ],
            });
        }
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = title,
            Body = body,
            Actions = offerNew ? [CardKit.Button(UseCaseTexts.NewDraft.In(language), UseCaseVerbs.NewDraft, style: ActionStyle.Positive)] : null,
        };
    }
}
