using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;

namespace GovernanceBot.Tests.Cards;

/// <summary>A card serialized once and sent many times (the help card, per language) gives the same JSON as before, every time.</summary>
public sealed class PreparedCardTests
{
    private static AdaptiveCard Card() => new()
    {
        Lang = "fr",
        Body =
        [
            new TextBlock("Bonjour") { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock("Un encadré") { IsSubtle = true, Spacing = Spacing.None }] },
        ],
        Actions = [new ExecuteAction { Title = "Plus", Verb = "help.more", Data = new JsonObject { ["page"] = 2 } }],
    };

    [Fact]
    public void A_prepared_card_gives_the_json_a_fresh_one_gives()
    {
        var fresh = Card().ToJson();
        var prepared = Card().Prepare();

        Assert.True(JsonNode.DeepEquals(fresh, prepared.ToJson()));
        Assert.Equal(fresh.ToJsonString(), prepared.ToJson().ToJsonString());
    }

    [Fact]
    public void Editing_one_reply_s_copy_leaves_the_next_reply_unchanged()
    {
        var prepared = Card().Prepare();
        var expected = prepared.ToJson().ToJsonString();

        var copy = prepared.ToJson();
        copy["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "ajouté" });
        copy["lang"] = "en";

        Assert.Equal(expected, prepared.ToJson().ToJsonString());
    }

    [Fact]
    public async Task Copies_of_a_prepared_card_can_be_written_from_many_turns_at_once()
    {
        var prepared = Card().Prepare();
        var expected = prepared.ToJson().ToJsonString();

        var written = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => new JsonObject { ["content"] = prepared.ToJson() }.ToJsonString())));

        Assert.All(written, json => Assert.Equal($"{{\"content\":{expected}}}", json));
    }
}
