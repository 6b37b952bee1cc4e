using GovernanceBot.BotFramework.Logging;

namespace GovernanceBot.BotFramework.Tests.Logging;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("1\n2026 info: forged", "1\\u000a2026 info: forged")]
    [InlineData("a\rb", "a\\u000db")]
    [InlineData("\u001b[31mred", "\\u001b[31mred")]
    [InlineData("x\u2028y", "x\\u2028y")]
    [InlineData("abc\u202etxt.exe", "abc\\u202etxt.exe")]
    [InlineData("back\\slash", "back\\u005cslash")]
    public void Characters_that_could_forge_or_hide_log_text_are_escaped(string value, string logged) =>
        Assert.Equal(logged, LogText.Safe(value));

    [Fact]
    public void A_lone_surrogate_is_escaped() =>
        Assert.Equal("lone \\ud800 surrogate", LogText.Safe("lone " + (char)0xD800 + " surrogate"));

    [Theory]
    [InlineData("a:1Xyz-Ab_c")]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000")]
    [InlineData("Chloé 😀")]
    public void Ordinary_ids_and_text_are_logged_as_they_are(string value) => Assert.Equal(value, LogText.Safe(value));

    [Fact]
    public void Long_values_are_cut_and_say_how_long_they_were()
    {
        var logged = LogText.Safe(new string('x', 5000));
        Assert.StartsWith(new string('x', LogText.MaxLength), logged);
        Assert.EndsWith("…(5000 chars)", logged);
    }

    [Fact]
    public void A_missing_value_is_named() => Assert.Equal("(none)", LogText.Safe(null));
}
