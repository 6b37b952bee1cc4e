using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Cards;

namespace GovernanceBot.EndToEnd.Tests.Tooling;

/// <summary>Rendering cards in Chromium: what a user sees, and what a click really sends to the bot.</summary>
public sealed class CardRendererTests
{
    private static readonly JsonObject QuestionCard = JsonNode.Parse("""
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Question 3 sur 15", "weight": "bolder", "size": "large" },
            { "type": "TextBlock", "text": "Vos jeux de données ont-ils un **propriétaire** désigné ?", "wrap": true },
            { "type": "Input.Text", "id": "comment", "label": "Commentaire" }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Suivant", "verb": "maturity.next", "data": { "question": 3 } },
            { "type": "Action.Submit", "title": "Enregistrer", "data": { "save": true } },
            { "type": "Action.OpenUrl", "title": "Guide", "url": "https://contoso.example/guide" }
          ]
        }
        """)!.AsObject();

    [Fact]
    public async Task Rendering_lists_the_cards_actions_inputs_and_text_and_saves_a_png()
    {
        var result = await CardRenderer.RenderAsync(new CardRenderRequest("question", QuestionCard, Screenshot: "cards/renderer-question.png"));

        Assert.Equal(
            [("Action.Execute", "Suivant", "maturity.next"), ("Action.Submit", "Enregistrer", null), ("Action.OpenUrl", "Guide", null)],
            result.Actions.Select(a => (a.Type, a.Title, a.Verb)));
        Assert.Equal("https://contoso.example/guide", result.Actions[2].Url);
        Assert.Equal(["comment"], result.InputIds);
        Assert.Contains("propriétaire", result.Text);
        Assert.DoesNotContain("**", result.Text);
        var png = await File.ReadAllBytesAsync(result.Screenshot!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
    }

    [Fact]
    public async Task Clicking_an_execute_button_gives_its_verb_and_data_with_the_typed_inputs()
    {
        var result = await CardRenderer.RenderAsync(new CardRenderRequest(
            "question", QuestionCard, Inputs: new Dictionary<string, string> { ["comment"] = "Oui, pour la plupart" }, Click: "Suivant"));

        Assert.NotNull(result.Clicked);
        Assert.Equal("maturity.next", result.Clicked.Verb);
        Assert.Equal(3, result.Clicked.Data!["question"]!.GetValue<int>());
        Assert.Equal("Oui, pour la plupart", result.Clicked.Data["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task Clicking_a_title_the_card_does_not_have_fails_the_test()
    {
        await Assert.ThrowsAnyAsync<Exception>(
            () => CardRenderer.RenderAsync(new CardRenderRequest("question", QuestionCard, Click: "Terminer")));
    }
}
