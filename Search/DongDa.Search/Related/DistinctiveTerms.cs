using DongDa.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DongDa.Search.Related;

/// <summary>
/// The terms of a text that best tell it apart, as Lucene's MoreLikeThis chooses them (term frequency in the text ×
/// inverse document frequency in the index, the most distinctive first), without asking the index for the document
/// frequency of every word of the text: terms are visited from the most frequent in the text down, and the visit stops
/// once no rarer-in-text term could enter the top even at the highest inverse document frequency. On a news report
/// that skips most of the few hundred frequency lookups MoreLikeThis makes, which were half the time of a related list.
/// </summary>
internal static class DistinctiveTerms
{
    private static readonly TFIDFSimilarity Similarity = new DefaultSimilarity();

    /// <summary>
    /// A disjunction of the <paramref name="maxTerms"/> most distinctive terms of <paramref name="text"/> in
    /// <paramref name="field"/> (its first <paramref name="maxTokens"/> tokens as <paramref name="analyzer"/> keys them),
    /// each occurring at least <paramref name="minTermFreq"/> times in the text and in at least
    /// <paramref name="minDocFreq"/> articles; null when none qualifies.
    /// </summary>
    public static BooleanQuery? Query(IndexReader reader, string field, Analyzer analyzer, string text, int maxTerms, int minTermFreq, int minDocFreq, int maxTokens)
    {
        var frequencies = TermFrequencies(analyzer, field, text, maxTokens);
        var numDocs = reader.NumDocs;
        var highestIdf = Similarity.Idf(Math.Max(1, minDocFreq), numDocs);
        var lookup = new TermLookup(reader);
        var best = new PriorityQueue<(string Term, TermContext States), (float Score, int First)>(maxTerms + 1, LowestFirst.Instance);
        foreach (var (term, (frequency, first)) in frequencies.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First))
        {
            if (frequency < minTermFreq || (best.Count == maxTerms && frequency * highestIdf < LowestScore(best)))
            {
                break;
            }
            var states = lookup.Find(field, term);
            var docFreq = states.DocFreq;
            if (docFreq == 0 || docFreq < minDocFreq)
            {
                continue;
            }
            var score = frequency * Similarity.Idf(docFreq, numDocs);
            best.Enqueue((term, states), (score, first));
            if (best.Count > maxTerms)
            {
                best.Dequeue();
            }
        }
        if (best.Count == 0)
        {
            return null;
        }
        var chosen = new List<(string Term, TermContext States)>(best.Count);
        while (best.Count > 0)
        {
            chosen.Add(best.Dequeue());
        }
        var query = new BooleanQuery();
        for (var i = chosen.Count - 1; i >= 0; i--)
        {
            query.Add(new TermQuery(new Term(field, chosen[i].Term), chosen[i].States), Occur.SHOULD);
        }
        return query;
    }

    private static float LowestScore(PriorityQueue<(string Term, TermContext States), (float Score, int First)> best)
        => best.TryPeek(out _, out var priority) ? priority.Score : float.NegativeInfinity;

    /// <summary>Each term's count in the text's first <paramref name="maxTokens"/> tokens, and the token where it first occurs.</summary>
    private static Dictionary<string, (int Count, int First)> TermFrequencies(Analyzer analyzer, string field, string text, int maxTokens)
    {
        var frequencies = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var lookup = frequencies.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        for (var tokens = 0; tokens < maxTokens && stream.IncrementToken(); tokens++)
        {
            var key = term.Buffer.AsSpan(0, term.Length);
            lookup[key] = lookup.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.First) : (1, tokens);
        }
        stream.End();
        return frequencies;
    }

    /// <summary>
    /// Lowest score first, and among equal scores the term that occurs later in the text: of equally distinctive terms
    /// (many pairs occur once, in one other article) those of the headline and lead, which say what the report is about,
    /// are kept.
    /// </summary>
    private sealed class LowestFirst : IComparer<(float Score, int First)>
    {
        public static readonly LowestFirst Instance = new();

        public int Compare((float Score, int First) x, (float Score, int First) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.First.CompareTo(x.First);
        }
    }
}
