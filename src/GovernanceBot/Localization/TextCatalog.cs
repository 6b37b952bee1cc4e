using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovernanceBot.Domain;

namespace GovernanceBot.Localization;

/// <summary>
/// The user-facing strings of one feature, kept side by side in French and English in an embedded
/// <c>*.texts.json</c> file (<c>{ "Key": { "fr": "…", "en": "…" } }</c>) so a missing translation is
/// visible at a glance and caught by a test.
/// </summary>
public sealed class TextCatalog
{
    private readonly FrozenDictionary<string, LocalizedText> _texts;

    private TextCatalog(string name, FrozenDictionary<string, LocalizedText> texts)
    {
        Name = name;
        _texts = texts;
    }

    public string Name { get; }

    public IEnumerable<KeyValuePair<string, LocalizedText>> Entries => _texts;

    /// <summary>The text for <paramref name="key"/>, formatted with <paramref name="args"/> in the language's culture.</summary>
    public string Get(string key, Language language, params object?[] args)
    {
        if (!_texts.TryGetValue(key, out var text)) throw new KeyNotFoundException($"Text '{key}' is missing from {Name}.");
        var template = text.In(language);
        return args.Length == 0 ? template : string.Format(Culture(language), template, args);
    }

    /// <summary>Both languages of <paramref name="key"/>, for data that carries its own translations.</summary>
    public LocalizedText Localized(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"Text '{key}' is missing from {Name}.");

    /// <summary>A checked reference to <paramref name="key"/>; throws at once if the catalog lacks it.</summary>
    public TextRef Ref(string key) => new(this, key);

    public static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "fr-FR");

    /// <summary>Loads the embedded resource whose name ends with <paramref name="fileName"/> (e.g. "Help.texts.json").</summary>
    public static TextCatalog Load(string fileName, Assembly? assembly = null)
    {
        assembly ??= typeof(TextCatalog).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded text file '{fileName}' not found in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        var texts = JsonSerializer.Deserialize(stream, TextCatalogJson.Default.DictionaryStringLocalizedText)
            ?? throw new InvalidOperationException($"'{fileName}' is empty.");
        return new TextCatalog(fileName, texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Every text catalog embedded in the bot, for the test that checks each key has both languages.</summary>
    public static IEnumerable<TextCatalog> LoadAll(Assembly? assembly = null)
    {
        assembly ??= typeof(TextCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".texts.json", StringComparison.Ordinal))
            .Select(n => Load(n[(n.LastIndexOf('.', n.Length - ".texts.json".Length - 1) + 1)..], assembly));
    }
}

/// <summary>Compile-time reader for the text files: every feature loads one at start-up, without reflection.</summary>
[JsonSerializable(typeof(Dictionary<string, LocalizedText>))]
internal sealed partial class TextCatalogJson : JsonSerializerContext;
