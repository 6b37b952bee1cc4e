using GovernanceBot.Domain;

namespace GovernanceBot.Localization;

/// <summary>
/// One text of a feature's catalog, named by a field so code never spells a key as a string. Creating a
/// reference checks the key exists, so a missing text fails when its feature's text class is first used
/// (and in the test that visits every reference), never in front of a user.
/// </summary>
public sealed class TextRef
{
    internal TextRef(TextCatalog catalog, string key)
    {
        Catalog = catalog;
        Key = key;
        Localized = catalog.Localized(key);
    }

    public TextCatalog Catalog { get; }
    public string Key { get; }

    /// <summary>Both languages, for data that carries its own translations (help topics, options).</summary>
    public LocalizedText Localized { get; }

    /// <summary>The text in <paramref name="language"/>, formatted with <paramref name="args"/> in that language's culture.</summary>
    public string In(Language language, params object?[] args) => Catalog.Get(Key, language, args);

    public override string ToString() => $"{Catalog.Name}:{Key}";
}
