namespace GovernanceBot.Domain.Catalogue.Search.Bridge;

/// <summary>
/// The FreeDict French–English pair as Debian installs it (<c>dict-freedict-fra-eng</c>, and optionally
/// <c>dict-freedict-eng-fra</c>): <c>freedict-fra-eng.index</c> + <c>freedict-fra-eng.dict.dz</c>. The caller
/// opens the files (the domain does no I/O); a missing file is simply not used.
/// </summary>
public static class FreeDictPair
{
    public const string FrenchToEnglish = "freedict-fra-eng";
    public const string EnglishToFrench = "freedict-eng-fra";

    /// <summary>
    /// The bridge from whichever of the two dictionaries <paramref name="open"/> finds (it returns null
    /// for a missing file); <see cref="TermBridge.None"/> when neither is there.
    /// </summary>
    public static TermBridge Load(Func<string, Stream?> open)
    {
        var frenchToEnglish = Read(open, FrenchToEnglish);
        var englishToFrench = Read(open, EnglishToFrench);
        if (frenchToEnglish is null && englishToFrench is null) return TermBridge.None;
        var source = string.Join(" + ", new[] { frenchToEnglish is null ? null : FrenchToEnglish, englishToFrench is null ? null : EnglishToFrench }.OfType<string>());
        return TermBridge.Build(frenchToEnglish ?? [], englishToFrench ?? [], source);
    }

    private static List<DictionaryArticle>? Read(Func<string, Stream?> open, string name)
    {
        using var index = open(name + ".index");
        using var data = open(name + ".dict.dz");
        if (index is null || data is null) return null;
        return DictdDictionary.Articles(index, data).Select(DictionaryArticle.Parse).OfType<DictionaryArticle>().ToList();
    }
}
