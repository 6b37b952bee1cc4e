using System.Collections;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>Phrases mapped to a meaning, stored as folded word sequences so they match questions word for word.</summary>
internal sealed class PhraseTable<T> : IEnumerable<KeyValuePair<string, T>>
{
    private readonly Dictionary<string, T> _phrases = new(StringComparer.Ordinal);

    public int LongestWords { get; private set; }

    public IReadOnlyList<string> this[T meaning]
    {
        set
        {
            foreach (var phrase in value)
            {
                var words = TextFolding.Words(phrase);
                if (words.Count == 0) continue;
                _phrases.TryAdd(string.Join(' ', words), meaning);
                LongestWords = Math.Max(LongestWords, words.Count);
            }
        }
    }

    public bool TryFind(string foldedPhrase, out T meaning) => _phrases.TryGetValue(foldedPhrase, out meaning!);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => _phrases.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
