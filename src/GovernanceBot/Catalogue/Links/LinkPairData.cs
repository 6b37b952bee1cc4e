using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// What Confirm / Reject / Unlink buttons carry: the pair, the role, and the record card they sit on (to draw
/// it again in place) with the question it was opened from. Only context: the records are re-read and the
/// caller's role checked server-side.
/// </summary>
public sealed record LinkPairData(string DatasetId, string UseCaseId, DatasetRole Role, RecordRef? View, string Question) : ICardData<LinkPairData>
{
    public JsonObject ToJson() => new()
    {
        ["dataset"] = DatasetId,
        ["useCase"] = UseCaseId,
        ["role"] = LinkWords.RoleKey(Role),
        ["view"] = View is { } view ? (view.Kind == CatalogueKind.Datasets ? "dataset" : "usecase") : "",
        ["question"] = Question,
    };

    public static LinkPairData Read(CardActionData action)
    {
        var dataset = LinkWords.ReadId(action, "dataset") ?? throw new CardDataException(CatalogueLinkTexts.RecordGone.Localized);
        var useCase = LinkWords.ReadId(action, "useCase") ?? throw new CardDataException(CatalogueLinkTexts.RecordGone.Localized);
        var role = LinkWords.ReadRole(action);
        RecordRef? view = action.GetString("view") switch
        {
            "dataset" => RecordRef.Dataset(dataset),
            "usecase" => RecordRef.UseCase(useCase),
            _ => null,
        };
        var question = action.GetString("question") ?? "";
        return new LinkPairData(dataset, useCase, role, view, question.Length > CatalogueModule.MaxQuestionLength ? "" : question);
    }
}
