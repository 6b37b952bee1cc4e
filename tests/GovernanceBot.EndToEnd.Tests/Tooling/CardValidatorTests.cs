using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.TestSupport.Cards;

namespace GovernanceBot.EndToEnd.Tests.Tooling;

/// <summary>The card checker every feature's card tests rely on: it must catch what Teams would reject.</summary>
public sealed class CardValidatorTests
{
    private static JsonObject Card(string body = "[]", string actions = "[]", string version = "1.5") =>
        JsonNode.Parse($$"""{ "type": "AdaptiveCard", "version": "{{version}}", "body": {{body}}, "actions": {{actions}} }""")!.AsObject();

    private static async Task<CardValidationResult> ValidateOne(JsonObject card) =>
        (await CardValidator.ValidateAsync([("card", card)])).Single();

    [Fact]
    public async Task A_card_built_with_the_card_model_is_valid()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Question 6 sur 15") { Size = TextSize.Large, Weight = TextWeight.Bolder },
                new ChoiceSetInput { Id = "answer", Label = "Réponse", Choices = [new("Oui", "yes"), new("Non", "no")] },
                new TextInput { Id = "comment", Label = "Commentaire", IsMultiline = true },
            ],
            Actions =
            [
                new ExecuteAction { Title = "Suivant", Verb = "maturity.next", Data = new JsonObject { ["question"] = 6 } },
                new ExecuteAction { Title = "Retour", Verb = "maturity.back", AssociatedInputs = "none" },
            ],
        };

        var result = await ValidateOne(card.ToJson());

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task Execute_action_without_a_verb_is_an_error()
    {
        var result = await ValidateOne(Card(actions: """[{ "type": "Action.Execute", "title": "Go" }]"""));

        Assert.Contains(result.Errors, error => error.Contains("has no verb"));
    }

    [Fact]
    public async Task Duplicate_input_ids_are_an_error_even_in_nested_containers()
    {
        var result = await ValidateOne(Card(body: """
            [{ "type": "Input.Text", "id": "hub", "label": "Hub" },
             { "type": "Container", "items": [{ "type": "Input.Number", "id": "hub", "label": "Hub" }] }]
            """));

        Assert.Contains(result.Errors, error => error.Contains("Input id \"hub\" is used twice"));
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0")]
    public async Task Card_versions_above_1_5_are_an_error(string version)
    {
        var result = await ValidateOne(Card(version: version));

        Assert.Contains(result.Errors, error => error.Contains("above 1.5"));
    }

    [Fact]
    public async Task Execute_and_submit_buttons_without_a_title_are_errors()
    {
        var result = await ValidateOne(Card(
            body: """[{ "type": "ActionSet", "actions": [{ "type": "Action.Submit", "data": {} }] }]""",
            actions: """[{ "type": "Action.Execute", "verb": "x.go", "title": " " }]"""));

        Assert.Equal(2, result.Errors.Count(error => error.Contains("has no title")));
    }

    [Fact]
    public async Task Errors_found_by_the_renderer_are_reported()
    {
        var result = await ValidateOne(Card(
            body: """[{ "type": "TextBlock", "text": "x", "size": "huge" }]""",
            actions: """[{ "type": "Action.OpenUrl", "title": "Docs" }]"""));

        Assert.Contains(result.Errors, error => error.StartsWith("InvalidPropertyValue") && error.Contains("huge"));
        Assert.Contains(result.Errors, error => error.StartsWith("PropertyCantBeNull") && error.Contains("url"));
    }

    [Fact]
    public async Task Unknown_element_is_an_error_unless_it_has_a_fallback()
    {
        var withoutFallback = await ValidateOne(Card(body: """[{ "type": "Chart.Donut" }]"""));
        var withFallback = await ValidateOne(Card(body: """[{ "type": "Chart.Donut", "fallback": { "type": "TextBlock", "text": "21 / 33" } }]"""));

        Assert.Contains(withoutFallback.Errors, error => error.Contains("Unknown type Chart.Donut"));
        Assert.True(withFallback.IsValid, string.Join("\n", withFallback.Errors));
        Assert.Contains(withFallback.Warnings, warning => warning.Contains("Chart.Donut"));
    }

    [Fact]
    public async Task A_batch_reports_each_card_under_its_own_name_in_order()
    {
        var results = await CardValidator.ValidateAsync(
        [
            ("valid", Card()),
            ("no verb", Card(actions: """[{ "type": "Action.Execute", "title": "Go" }]""")),
            ("too new", Card(version: "1.6")),
        ]);

        Assert.Equal(["valid", "no verb", "too new"], results.Select(r => r.Name));
        Assert.Equal([true, false, false], results.Select(r => r.IsValid));
    }

    [Fact]
    public async Task Asserting_an_invalid_card_fails_with_its_name_and_errors()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(
            () => CardValidator.AssertValidAsync("question card", Card(actions: """[{ "type": "Action.Execute", "title": "Go" }]""")));

        Assert.Contains("question card", failure.Message);
        Assert.Contains("has no verb", failure.Message);
    }
}
