using System.Reflection;
using GovernanceBot.Hosting;
using GovernanceBot.Localization;

namespace GovernanceBot.Tests.Modules;

/// <summary>
/// Code reaches texts only through <see cref="TextRef"/> fields, so a key is checked once for all: every
/// reference names a text that exists in both languages, and every text in a catalog is referenced.
/// </summary>
public sealed class TextReferenceTests
{
    private static readonly IReadOnlyList<TextRef> References = typeof(FeatureRegistration).Assembly.GetTypes()
        .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
        .Where(field => field.FieldType == typeof(TextRef))
        .Select(field => (TextRef)field.GetValue(null)!)
        .ToList();

    [Fact]
    public void Every_text_reference_exists_in_french_and_english()
    {
        Assert.NotEmpty(References);
        Assert.All(References, reference =>
        {
            Assert.False(string.IsNullOrWhiteSpace(reference.Localized.Fr), $"{reference} has no French text");
            Assert.False(string.IsNullOrWhiteSpace(reference.Localized.En), $"{reference} has no English text");
        });
    }

    [Fact]
    public void Every_text_of_every_catalog_has_a_reference_so_none_is_dead_or_reached_by_a_string()
    {
        var referenced = References.Select(r => r.ToString()).ToHashSet();
        var unreferenced = TextCatalog.LoadAll()
            .SelectMany(catalog => catalog.Entries.Select(entry => $"{catalog.Name}:{entry.Key}"))
            .Where(key => !referenced.Contains(key))
            .ToList();

        Assert.Empty(unreferenced);
    }

    [Fact]
    public void A_reference_to_a_missing_key_fails_when_it_is_created()
    {
        var catalog = TextCatalog.Load("Help.texts.json");

        Assert.Throws<KeyNotFoundException>(() => catalog.Ref("NoSuchText"));
    }
}
