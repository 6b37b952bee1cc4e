using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue;

/// <summary>
/// What the catalogue cards carry: the record to open and the question it answered (to come back to).
/// Read defensively: unknown kinds and over-long values are refused, never looked up.
/// </summary>
public sealed record CatalogueActionData(CatalogueKind Kind, string Id, string Question) : ICardData<CatalogueActionData>
{
    public const int MaxIdLength = 64;

    public JsonObject ToJson() => new()
    {
        ["kind"] = Kind == CatalogueKind.UseCases ? "usecase" : "dataset",
        ["id"] = Id,
        ["question"] = Question,
    };

    public static CatalogueActionData Read(CardActionData action)
    {
        var kind = action.GetString("kind") switch
        {
            "usecase" => CatalogueKind.UseCases,
            "dataset" => CatalogueKind.Datasets,
            _ => throw new CardDataException(CatalogueTexts.RecordNotFound.Localized),
        };
        var id = action.GetString("id")?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength) throw new CardDataException(CatalogueTexts.RecordNotFound.Localized);
        var question = action.GetString("question") ?? "";
        return new CatalogueActionData(kind, id, question.Length > CatalogueModule.MaxQuestionLength ? "" : question);
    }
}
