using GovernanceBot.Storage;

namespace GovernanceBot.Storage.Tests;

public sealed class TableKeysTests
{
    [Fact]
    public void Encode_escapes_every_forbidden_character_and_decode_restores_the_text()
    {
        var everyLowCharacter = new string(Enumerable.Range(0, 0x300).Select(i => (char)i).ToArray());

        var encoded = TableKeys.Encode(everyLowCharacter);

        Assert.DoesNotContain(encoded, TableKeys.IsForbiddenKeyCharacter);
        Assert.Equal(everyLowCharacter, TableKeys.Decode(encoded));
    }

    [Theory]
    [InlineData("plain-key_123", "plain-key_123")]
    [InlineData("a/b", "a~2Fb")]
    [InlineData("50~ done?", "50~7E done~3F")]
    [InlineData("tab\there", "tab~09here")]
    public void Encode_leaves_safe_text_alone_and_escapes_the_rest(string raw, string expected)
    {
        Assert.Equal(expected, TableKeys.Encode(raw));
        Assert.Equal(raw, TableKeys.Decode(expected));
    }

    [Theory]
    [InlineData("broken~")]
    [InlineData("broken~4")]
    [InlineData("broken~ZZ")]
    public void Decode_rejects_text_that_encode_cannot_produce(string key)
    {
        Assert.Throws<FormatException>(() => TableKeys.Decode(key));
    }

    [Fact]
    public void Inverted_ticks_are_fixed_width_and_sort_newest_first()
    {
        var older = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var newer = older.AddTicks(1);
        var earliest = TableKeys.InvertedTicks(DateTimeOffset.MinValue);
        var latest = TableKeys.InvertedTicks(DateTimeOffset.MaxValue);

        Assert.All(new[] { earliest, latest, TableKeys.InvertedTicks(older) }, key => Assert.Equal(TableKeys.InvertedTicksWidth, key.Length));
        Assert.True(string.CompareOrdinal(TableKeys.InvertedTicks(newer), TableKeys.InvertedTicks(older)) < 0);
        Assert.True(string.CompareOrdinal(latest, earliest) < 0);
    }

    [Fact]
    public void Inverted_ticks_ignore_the_offset_and_convert_back_to_the_same_instant()
    {
        var paris = new DateTimeOffset(2025, 6, 1, 14, 30, 0, TimeSpan.FromHours(2)).AddTicks(42);
        var key = TableKeys.InvertedTicks(paris);

        Assert.Equal(TableKeys.InvertedTicks(paris.ToUniversalTime()), key);
        Assert.Equal(paris, TableKeys.FromInvertedTicks(key + "_suffix"));
    }
}
