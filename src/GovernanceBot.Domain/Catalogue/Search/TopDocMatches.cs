using Lucene.Net.Search;

namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// Which of a search's top documents a query matches, read from the query's scorer in one pass per
/// index segment instead of one explanation per document: each explanation would build the query's
/// weight again (term look-ups, prefix expansion) for a single yes or no.
/// </summary>
internal sealed class TopDocMatches
{
    private readonly IndexSearcher _searcher;

    /// <summary>The top documents' ids in increasing order, and where each sits among the hits.</summary>
    private readonly int[] _docs;
    private readonly int[] _hitOf;

    public TopDocMatches(IndexSearcher searcher, IReadOnlyList<ScoreDoc> hits)
    {
        _searcher = searcher;
        _hitOf = Enumerable.Range(0, hits.Count).OrderBy(i => hits[i].Doc).ToArray();
        _docs = _hitOf.Select(i => hits[i].Doc).ToArray();
    }

    /// <summary>
    /// Marks (by hit position) the top documents <paramref name="query"/> matches and returns how many
    /// live documents of the whole index it matches — the same count a search for it would report.
    /// </summary>
    public int CountAndMark(Query query, bool[] matched)
    {
        var weight = _searcher.CreateNormalizedWeight(query);
        var total = 0;
        var next = 0;
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null)
            {
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    total++;
                    var global = leaf.DocBase + doc;
                    while (next < _docs.Length && _docs[next] < global) next++;
                    if (next < _docs.Length && _docs[next] == global) matched[_hitOf[next]] = true;
                }
            }
            next = SkipPast(next, leaf.DocBase + leaf.AtomicReader.MaxDoc);
        }
        return total;
    }

    /// <summary>Marks (by hit position) which of the <paramref name="candidates"/> among the top documents <paramref name="query"/> matches.</summary>
    public void Mark(Query query, bool[] candidates, bool[] matched)
    {
        var weight = _searcher.CreateNormalizedWeight(query);
        var next = 0;
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (; scorer is not null && next < _docs.Length && _docs[next] < end; next++)
            {
                if (!candidates[_hitOf[next]]) continue;
                var target = _docs[next] - leaf.DocBase;
                if (scorer.DocID < target) scorer.Advance(target);
                if (scorer.DocID == target) matched[_hitOf[next]] = true;
            }
            next = SkipPast(next, end);
        }
    }

    private int SkipPast(int next, int end)
    {
        while (next < _docs.Length && _docs[next] < end) next++;
        return next;
    }
}
