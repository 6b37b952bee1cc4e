using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// The embedded search engine: an in-memory Lucene.NET index, BM25 ranking. Every text is indexed twice,
/// analysed as English and as French, in three weighted groups — names (title, systems, keywords) above
/// who/where (organisation, hub, topic, contacts) above free text (description, benefits, data). A
/// question's term group matches a record when any of its forms matches any field; the best field wins.
/// </summary>
public sealed class LuceneCatalogueIndex : ICatalogueSearchIndex, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string KeyField = "key";
    private const string KindField = "kind";

    /// <summary>Field groups and their weights: names first, then who/where, then free text.</summary>
    private static readonly (string Name, float Boost)[] Groups = [("title", 3f), ("meta", 1.5f), ("body", 1f)];

    /// <summary>Translations and synonyms count a little less than the user's own word.</summary>
    private const float AlternativeWeight = 0.8f;

    /// <summary>Cognate prefixes are guesses and weigh least.</summary>
    private const float CognateWeight = 0.4f;

    /// <summary>Share of a word's coverage a cognate-only match earns.</summary>
    private const double CognateCredit = 0.5;

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();

    public LuceneCatalogueIndex()
    {
        var english = new CatalogueAnalyzer(Language.English);
        var french = new CatalogueAnalyzer(Language.French);
        var perField = Groups.ToDictionary(g => g.Name + "_fr", _ => (Analyzer)french);
        _analyzer = new PerFieldAnalyzerWrapper(english, perField);
        var config = new IndexWriterConfig(Version, _analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    public static string KeyOf(RecordRef record) =>
        (record.Kind == CatalogueKind.UseCases ? "u:" : "d:") + record.Id.ToLowerInvariant();

    public void Upsert(IEnumerable<CatalogueUseCase> useCases, IEnumerable<CatalogueDataset> datasets)
    {
        lock (_writeLock)
        {
            foreach (var useCase in useCases) Write(RecordRef.UseCase(useCase.Id), IndexedText.Of(useCase));
            foreach (var dataset in datasets) Write(RecordRef.Dataset(dataset.Id), IndexedText.Of(dataset));
            _writer.Flush(triggerMerge: true, applyAllDeletes: true);
            _searchers.MaybeRefreshBlocking();
        }
    }

    public IReadOnlyList<CatalogueSearchHit> Search(CatalogueSearchRequest request)
    {
        if (request.Terms.Count == 0 || request.Among is { Count: 0 }) return [];
        var groups = request.Terms.Select(GroupQueries).ToArray();
        var query = new BooleanQuery();
        foreach (var (_, group) in groups.Where(g => g.WithCognate is not null)) query.Add(group, Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        var filter = FilterFor(request);

        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(query, filter, request.Top).ScoreDocs;
            var matches = new TopDocMatches(searcher, top);
            var total = Math.Max(1, searcher.IndexReader.NumDocs);
            var weights = new double[groups.Length];
            var matched = new bool[groups.Length][];
            var sure = new bool[groups.Length][];
            for (var i = 0; i < groups.Length; i++)
            {
                matched[i] = new bool[top.Length];
                sure[i] = new bool[top.Length];
                if (groups[i].WithCognate is not { } group) continue;
                weights[i] = Idf(matches.CountAndMark(group, matched[i]), total);
                // A word found only through its cognate prefix is a guess: it covers half as much.
                if (ReferenceEquals(groups[i].Exact, group)) sure[i] = matched[i];
                else if (groups[i].Exact is { } exact) matches.Mark(exact, matched[i], sure[i]);
            }
            var weightSum = weights.Sum();
            var hits = new List<CatalogueSearchHit>(top.Length);
            for (var h = 0; h < top.Length; h++)
            {
                var words = new List<string>();
                var covered = 0.0;
                for (var i = 0; i < groups.Length; i++)
                {
                    if (!matched[i][h]) continue;
                    words.Add(request.Terms[i].Word);
                    covered += sure[i][h] ? weights[i] : weights[i] * CognateCredit;
                }
                var document = searcher.Doc(top[h].Doc);
                hits.Add(new CatalogueSearchHit(FromKey(document.Get(KeyField), document.Get("id")), top[h].Score,
                    weightSum > 0 ? covered / weightSum : 0, words));
            }
            return hits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private void Write(RecordRef record, IndexedText text)
    {
        var key = KeyOf(record);
        var document = new Document
        {
            new StringField(KeyField, key, Field.Store.YES),
            new StringField("id", record.Id, Field.Store.YES),
            new StringField(KindField, record.Kind == CatalogueKind.UseCases ? "u" : "d", Field.Store.NO),
        };
        foreach (var (name, value) in new[] { ("title", text.Title), ("meta", text.Meta), ("body", text.Body) })
        {
            document.Add(new TextField(name + "_en", value, Field.Store.NO));
            document.Add(new TextField(name + "_fr", value, Field.Store.NO));
        }
        _writer.UpdateDocument(new Term(KeyField, key), document);
    }

    /// <summary>
    /// Any form of the word, in any field, analysed as that field's language; the best match counts. Once as
    /// the user's words exactly, once with the cognate prefix too (which is what the search ranks with).
    /// </summary>
    private (Query? Exact, Query? WithCognate) GroupQueries(QueryTermGroup group)
    {
        var clauses = new List<Query>();
        foreach (var (form, weight) in group.AllForms.Select((f, i) => (f, i == 0 ? 1f : AlternativeWeight)).DistinctBy(p => p.f))
        {
            foreach (var (field, boost) in Groups)
            {
                foreach (var suffix in new[] { "_en", "_fr" })
                {
                    var clause = FieldQuery(field + suffix, form);
                    if (clause is null) continue;
                    clause.Boost = boost * weight;
                    clauses.Add(clause);
                }
            }
        }
        var exact = clauses.Count == 0 ? null : Disjunction(clauses);
        // Dictionaries list lemmas and a few senses; cognates ("estimates" / "estimation", "fixe" / "fixed")
        // bridge much of the rest, so the stem is also tried as a prefix, at the lowest weight.
        if (CognatePrefix(group.Word) is not { } prefix) return (exact, exact);
        var withCognate = Disjunction(clauses.Concat(Groups.Select(g => new PrefixQuery(new Term(g.Name + "_en", prefix)) { Boost = g.Boost * CognateWeight })));
        return (exact, withCognate);
    }

    private static DisjunctionMaxQuery Disjunction(IEnumerable<Query> clauses)
    {
        var disjunction = new DisjunctionMaxQuery(0.1f);
        foreach (var clause in clauses) disjunction.Add(clause);
        return disjunction;
    }

    /// <summary>
    /// French and English share many cognates ("fixe" / "fixed", "numérique" / "numeric"): a word's stem,
    /// without a final -s or -e, is tried as a prefix of the English terms, at a lower weight.
    /// </summary>
    private static string? CognatePrefix(string word)
    {
        if (word.Contains(' ') || word.Length < 4 || !word.All(char.IsLetter)) return null;
        var stem = word.TrimEnd('s');
        if (stem.EndsWith('e')) stem = stem[..^1];
        // Long words diverge at their ends ("zooplancton" / "zooplankton", "examinateurs" / "examiners"):
        // keep their first 60 %, at least six letters.
        if (stem.Length >= 8) stem = stem[..Math.Max(6, stem.Length * 6 / 10)];
        return stem.Length >= 3 ? stem : null;
    }

    private Query? FieldQuery(string field, string text)
    {
        var tokens = Analyse(field, text);
        switch (tokens.Count)
        {
            case 0:
                return null;
            case 1:
                return new TermQuery(new Term(field, tokens[0]));
            default:
                var phrase = new PhraseQuery { Slop = 1 };
                foreach (var token in tokens) phrase.Add(new Term(field, token));
                return phrase;
        }
    }

    private List<string> Analyse(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    /// <summary>BM25's idf of a group matching <paramref name="frequency"/> records: rare words weigh more in the coverage than common ones.</summary>
    private static double Idf(int frequency, int total) => Math.Log(1 + (total - frequency + 0.5) / (frequency + 0.5));

    private static Filter? FilterFor(CatalogueSearchRequest request)
    {
        if (request.Among is { } among)
        {
            var keys = among.Where(r => request.Kind is null || r.Kind == request.Kind).Select(KeyOf).ToArray();
            return new FieldCacheTermsFilter(KeyField, keys);
        }
        return request.Kind is { } kind
            ? new QueryWrapperFilter(new TermQuery(new Term(KindField, kind == CatalogueKind.UseCases ? "u" : "d")))
            : null;
    }

    private static RecordRef FromKey(string key, string id) =>
        key.StartsWith("u:", StringComparison.Ordinal) ? RecordRef.UseCase(id) : RecordRef.Dataset(id);

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
