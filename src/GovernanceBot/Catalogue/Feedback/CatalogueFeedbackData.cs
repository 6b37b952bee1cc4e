using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Feedback;

/// <summary>
/// What the Helpful / Not helpful and "send to the central team" buttons carry: the question and the ids
/// the answer cited. Only context: who clicked comes from the activity, records are re-read server-side.
/// </summary>
public sealed record CatalogueFeedbackData(string Question, IReadOnlyList<string> Cited) : ICardData<CatalogueFeedbackData>
{
    public const int MaxCited = 10;

    public JsonObject ToJson() => new()
    {
        ["question"] = Question,
        ["cited"] = string.Join(',', Cited),
    };

    public static CatalogueFeedbackData Read(CardActionData action)
    {
        var question = action.GetString("question")?.Trim() ?? "";
        if (question.Length is 0 or > CatalogueModule.MaxQuestionLength) throw new CardDataException(CatalogueTexts.RecordNotFound.Localized);
        var cited = (action.GetString("cited") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(id => id.Length <= CatalogueActionData.MaxIdLength)
            .Take(MaxCited)
            .ToList();
        return new CatalogueFeedbackData(question, cited);
    }
}
