using System.Text.Json.Nodes;
using GovernanceBot.Maturity;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Maturity;

/// <summary>
/// A user going through the questionnaire the way Teams would drive it: typed commands, then
/// Action.Execute clicks on the card the bot last returned, carrying that card's own action data.
/// </summary>
internal sealed class MaturityConversation(TestConversation conversation)
{
    public TestConversation Conversation => conversation;

    /// <summary>The card in place after the last step (what the user sees).</summary>
    public JsonObject? Card { get; private set; }

    /// <summary>Continues from a card obtained elsewhere (another user's click, a direct invoke).</summary>
    public MaturityConversation WithCard(JsonObject card)
    {
        Card = card;
        return this;
    }

    /// <summary>The message shown under the card by the last step, if any.</summary>
    public string? Message { get; private set; }

    public async Task<JsonObject> SayAsync(string text)
    {
        var reply = Assert.Single(await conversation.SendAsync(text));
        Card = reply.Card();
        Message = reply["text"]?.GetValue<string>();
        return reply;
    }

    /// <summary>Clicks the button titled <paramref name="title"/> on <paramref name="card"/> (default: the current card) with the given inputs.</summary>
    public async Task<InvokeResult> ClickAsync(string title, JsonObject? inputs = null, JsonObject? card = null)
    {
        var action = (card ?? Card).ExecuteActions().Single(a => a.Title == title);
        var data = (JsonObject)action.Data.DeepClone();
        foreach (var (key, value) in inputs ?? []) data[key] = value?.DeepClone();
        var result = await conversation.ExecuteAsync(action.Verb, data);
        Assert.Equal(200, (int)result.HttpStatus);
        if (result.Card is not null) Card = result.Card;
        Message = result.Message;
        return result;
    }

    public Task<InvokeResult> ClickAsync(string title) => ClickAsync(title, inputs: null);

    public Task<InvokeResult> ClickAsync(string title, string answer, JsonObject? card = null) =>
        ClickAsync(title, new JsonObject { [MaturityActionData.AnswerInput] = answer }, card);

    public async Task<InvokeResult> ChooseHubAsync(string hubId) =>
        await ClickAsync(Texts.Continue, new JsonObject { [MaturityActionData.HubInput] = hubId });

    /// <summary>Answers from the current question onwards with <paramref name="answers"/> (question id → value), clicking Next/Finish.</summary>
    public async Task AnswerAsync(IReadOnlyDictionary<string, string> answers, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var questionId = CurrentQuestionId();
            var next = Card.ExecuteActions().Single(a => a.Verb == MaturityVerbs.Answer).Title;
            await ClickAsync(next, answers[questionId]);
        }
    }

    public string CurrentQuestionId() =>
        Card.ExecuteActions().Single(a => a.Verb == MaturityVerbs.Answer).Data["questionId"]!.GetValue<string>();

    /// <summary>The value the current question's input holds (the saved answer), or null.</summary>
    public string? CurrentInputValue() =>
        CardJsonSearch.Objects(Card).Where(o => (string?)o["id"] == MaturityActionData.AnswerInput).Select(o => o["value"]?.ToString()).Single();

    public string Text => Card.AllText();

    /// <summary>The French button titles of the maturity cards.</summary>
    public static class Texts
    {
        public const string Next = "Suivant";
        public const string Finish = "Terminer";
        public const string Back = "Précédent";
        public const string SaveAndQuit = "Enregistrer et quitter";
        public const string Resume = "Reprendre";
        public const string Continue = "Continuer";
        public const string SeeHistory = "Voir l'historique";
        public const string NewAssessment = "Nouvelle évaluation";
    }
}
