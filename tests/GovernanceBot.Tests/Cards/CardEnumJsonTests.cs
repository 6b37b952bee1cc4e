using GovernanceBot.AdaptiveCards;

namespace GovernanceBot.Tests.Cards;

/// <summary>Card enums are written under their Adaptive Cards names, camel-cased; an unset one is left out.</summary>
public sealed class CardEnumJsonTests
{
    [Fact]
    public void Enum_values_are_written_with_their_card_names_and_unset_ones_are_omitted()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("a") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.None, HorizontalAlignment = HorizontalAlignment.Center },
                new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock("b")] },
                new ChoiceSetInput { Id = "c", Style = ChoiceInputStyle.Expanded },
                new Image { Url = "https://example.org/i.png", Size = ImageSize.Stretch },
            ],
            Actions = [new SubmitAction { Title = "Ok", Style = ActionStyle.Destructive }],
        }.ToJson();

        var text = card["body"]![0]!;
        Assert.Equal("extraLarge", text["size"]!.GetValue<string>());
        Assert.Equal("bolder", text["weight"]!.GetValue<string>());
        Assert.Equal("attention", text["color"]!.GetValue<string>());
        Assert.Equal("none", text["spacing"]!.GetValue<string>());
        Assert.Equal("center", text["horizontalAlignment"]!.GetValue<string>());
        Assert.Equal("emphasis", card["body"]![1]!["style"]!.GetValue<string>());
        Assert.False(card["body"]![1]!["items"]![0]!.AsObject().ContainsKey("size"));
        Assert.False(card["body"]![1]!["items"]![0]!.AsObject().ContainsKey("spacing"));
        Assert.Equal("expanded", card["body"]![2]!["style"]!.GetValue<string>());
        Assert.Equal("stretch", card["body"]![3]!["size"]!.GetValue<string>());
        Assert.Equal("destructive", card["actions"]![0]!["style"]!.GetValue<string>());
    }
}
