using System.Text.Json.Nodes;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.UseCases;

namespace GovernanceBot.Tests.UseCases;

/// <summary>Drives the use-case cards the way Teams would: typed commands, then clicks on the card last shown.</summary>
internal static class UseCaseJourney
{
    public const string HubId = "banque-de-detail";

    public static MaturityConversation Start(BotTestHost host, TestUser user, string locale = "fr-FR") => new(host.Conversation(user, locale));

    public static JsonObject Inputs(IReadOnlyDictionary<string, string?> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values) json[key] = value;
        return json;
    }

    /// <summary>From the first command to the review step, choosing the hub and filling every step with valid values.</summary>
    public static async Task<MaturityConversation> FillDraftAsync(BotTestHost host, TestUser user, string title = "Churn early warning")
    {
        var chat = Start(host, user);
        await chat.SayAsync("soumettre un cas d'usage");
        await chat.ClickAsync("Suivant", new JsonObject { [UseCaseActionData.HubInput] = HubId });
        foreach (var step in Enum.GetValues<WizardStep>().Where(s => s != WizardStep.Review))
            await chat.ClickAsync("Suivant", Inputs(UseCaseSamples.ValidValues(step, title)));
        Assert.Contains("Relecture", chat.Text);
        return chat;
    }

    public static async Task<MaturityConversation> SubmitAsync(BotTestHost host, TestUser user, string title = "Churn early warning")
    {
        var chat = await FillDraftAsync(host, user, title);
        await chat.ClickAsync("Soumettre");
        Assert.Contains("Cas d'usage soumis", chat.Text);
        return chat;
    }

    /// <summary>The use case id an action of the current card names.</summary>
    public static Guid UseCaseId(MaturityConversation chat) =>
        Guid.Parse(chat.Card.ExecuteActions().First(a => a.Data["useCaseId"] is not null).Data["useCaseId"]!.GetValue<string>());

    public static async Task<MaturityConversation> OpenAsync(BotTestHost host, TestUser user, Guid id)
    {
        var chat = Start(host, user);
        var result = await chat.Conversation.ExecuteAsync(UseCaseVerbs.Open, new JsonObject { ["useCaseId"] = id.ToString() });
        Assert.NotNull(result.Card);
        return new MaturityConversation(chat.Conversation).WithCard(result.Card);
    }
}
