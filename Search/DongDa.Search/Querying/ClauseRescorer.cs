using Lucene.Net.Search;

namespace DongDa.Search.Querying;

/// <summary>
/// Lucene's <see cref="QueryRescorer"/> for a disjunction of bonuses, one clause at a time: each hit's score plus the
/// score of every clause it matches, best first, and which hits each clause matched (<see cref="WordCoverage"/> reads a
/// common word's presence from its clause instead of its postings again). BM25 weights ignore the query norm, so a
/// clause scores alone as it does inside the disjunction; one clause at a time also spares the disjunction's heap.
/// </summary>
internal static class ClauseRescorer
{
    /// <summary>The hits of <paramref name="first"/> rescored by the SHOULD clauses of <paramref name="bonus"/>; the documents each clause matched go to <paramref name="matched"/>.</summary>
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs first, BooleanQuery bonus, Dictionary<Query, HashSet<int>> matched)
    {
        if (first.ScoreDocs.Length == 0)
        {
            return first;
        }
        var hits = first.ScoreDocs.OrderBy(h => h.Doc).Select(h => new ScoreDoc(h.Doc, h.Score)).ToArray();
        foreach (var clause in bonus.Clauses)
        {
            var docs = new HashSet<int>();
            matched[clause.Query] = docs;
            Visit(searcher, clause.Query, hits, (i, scorer) =>
            {
                hits[i].Score += scorer.GetScore();
                docs.Add(hits[i].Doc);
            });
        }
        Array.Sort(hits, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(first.TotalHits, hits, hits[0].Score);
    }

    /// <summary>Calls <paramref name="match"/> with the index of each hit (<paramref name="hitsInDocOrder"/>) that <paramref name="query"/> matches, its scorer there.</summary>
    internal static void Visit(IndexSearcher searcher, Query query, ScoreDoc[] hitsInDocOrder, Action<int, Scorer> match)
    {
        var leaves = searcher.IndexReader.Leaves;
        var weight = searcher.CreateNormalizedWeight(query);
        var leaf = -1;
        var leafEnd = 0;
        var scorerLeaf = -1;
        Scorer? scorer = null;
        for (var i = 0; i < hitsInDocOrder.Length; i++)
        {
            while (hitsInDocOrder[i].Doc >= leafEnd)
            {
                leaf++;
                leafEnd = leaves[leaf].DocBase + leaves[leaf].Reader.MaxDoc;
            }
            if (scorerLeaf != leaf)
            {
                // Only segments holding a hit get a scorer (each makes an enumerator per term).
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
                scorerLeaf = leaf;
            }
            var target = hitsInDocOrder[i].Doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID < target ? scorer.Advance(target) : scorer.DocID) == target)
            {
                match(i, scorer);
            }
        }
    }
}
