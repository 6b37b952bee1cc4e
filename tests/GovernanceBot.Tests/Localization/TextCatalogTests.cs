using System.Text.RegularExpressions;
using GovernanceBot.Localization;

namespace GovernanceBot.Tests.Localization;

public sealed partial class TextCatalogTests
{
    public static TheoryData<string> Catalogs()
    {
        var data = new TheoryData<string>();
        foreach (var catalog in TextCatalog.LoadAll()) data.Add(catalog.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_text_exists_in_french_and_english_with_the_same_placeholders(string catalogName)
    {
        var catalog = TextCatalog.Load(catalogName);
        Assert.NotEmpty(catalog.Entries);
        foreach (var (key, text) in catalog.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Fr), $"{catalogName}:{key} has no French text");
            Assert.False(string.IsNullOrWhiteSpace(text.En), $"{catalogName}:{key} has no English text");
            Assert.Equal(Placeholders(text.Fr), Placeholders(text.En));
        }
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void No_text_holds_an_angle_bracket_tag_that_teams_would_swallow_as_html(string catalogName)
    {
        foreach (var (key, text) in TextCatalog.Load(catalogName).Entries)
        {
            Assert.False(AngleTag().IsMatch(text.Fr), $"{catalogName}:{key} (fr) holds an <…> tag");
            Assert.False(AngleTag().IsMatch(text.En), $"{catalogName}:{key} (en) holds an <…> tag");
        }
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void French_quotes_hold_their_words_with_non_breaking_spaces_so_a_line_never_starts_with_a_guillemet(string catalogName)
    {
        foreach (var (key, text) in TextCatalog.Load(catalogName).Entries)
        {
            Assert.DoesNotContain("« ", text.Fr);
            Assert.False(text.Fr.Contains(" »", StringComparison.Ordinal), $"{catalogName}:{key} has a breakable space before »");
        }
    }

    [Fact]
    public void Every_feature_catalog_is_embedded()
    {
        var names = TextCatalog.LoadAll().Select(c => c.Name).ToList();
        Assert.Contains("Help.texts.json", names);
        Assert.Contains("Errors.texts.json", names);
    }

    private static string[] Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"<[A-Za-zÀ-ÿ/][^>]*>")]
    private static partial Regex AngleTag();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
