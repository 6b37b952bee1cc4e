using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// What a "Choisir" / "Choose" button of the candidates card carries: each side as a chosen id, or as the text
/// typed for it when it is still to be chosen, the role, and whether the command was to unlink. Ids are
/// looked up again server-side.
/// </summary>
public sealed record LinkChoiceData(string? UseCaseId, string UseCaseText, string? DatasetId, string DatasetText, DatasetRole Role, bool Unlink)
    : ICardData<LinkChoiceData>
{
    /// <summary>Longest typed name a card may carry back.</summary>
    public const int MaxTextLength = 200;

    public JsonObject ToJson() => new()
    {
        ["useCase"] = UseCaseId ?? "",
        ["useCaseText"] = UseCaseText,
        ["dataset"] = DatasetId ?? "",
        ["datasetText"] = DatasetText,
        ["role"] = LinkWords.RoleKey(Role),
        ["action"] = Unlink ? "unlink" : "link",
    };

    public static LinkChoiceData Read(CardActionData action)
    {
        var useCase = LinkWords.ReadId(action, "useCase");
        var dataset = LinkWords.ReadId(action, "dataset");
        var useCaseText = Text(action, "useCaseText");
        var datasetText = Text(action, "datasetText");
        if (useCase is null && useCaseText.Length == 0 || dataset is null && datasetText.Length == 0)
        {
            throw new CardDataException(CatalogueLinkTexts.RecordGone.Localized);
        }
        var unlink = action.GetString("action") switch
        {
            "link" => false,
            "unlink" => true,
            _ => throw new CardDataException(CatalogueLinkTexts.RecordGone.Localized),
        };
        return new LinkChoiceData(useCase, useCaseText, dataset, datasetText, LinkWords.ReadRole(action), unlink);
    }

    private static string Text(CardActionData action, string name)
    {
        var text = action.GetString(name)?.Trim() ?? "";
        return text.Length > MaxTextLength ? throw new CardDataException(CatalogueLinkTexts.RecordGone.Localized) : text;
    }
}
