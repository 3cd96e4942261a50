using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DongDa.Search.Querying;

/// <summary>
/// An exact phrase in one field whose matches (each article and how often it holds the phrase) are kept per segment once
/// found, and scored as Lucene's <see cref="PhraseQuery"/> scores them. The phrases a query builds recur from query to
/// query, and the costly ones are made of the commonest syllables: an abbreviation's long form (<c>thành phố hồ chí
/// minh</c> for TP HCM, <c>việt nam</c> for VN), a short query's words together. Finding one means walking the postings
/// and positions of every article that holds all its syllables, which at a million articles is most of them (170 ms for
/// <c>body:"thanh pho ho chi minh"</c>); reading it kept is a walk over the articles that hold it.
/// </summary>
internal sealed class KeptPhraseQuery : Query
{
    private readonly Term[] _terms;

    /// <summary>The phrase of <paramref name="keys"/>, in this order, in <paramref name="field"/>.</summary>
    public KeptPhraseQuery(string field, IReadOnlyList<string> keys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keys.Count, 2, nameof(keys));
        Field = field;
        _terms = [.. keys.Select(k => new Term(field, k))];
        Key = field + "\u0001" + string.Join('\u0002', keys);
    }

    /// <summary>What the phrase is kept under in a segment: its field and words.</summary>
    internal string Key { get; }

    /// <summary>The field searched.</summary>
    public string Field { get; }

    /// <inheritdoc/>
    public override Weight CreateWeight(IndexSearcher searcher) => new KeptPhraseWeight(this, searcher);

    /// <inheritdoc/>
    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in _terms)
        {
            terms.Add(term);
        }
    }

    /// <inheritdoc/>
    public override string ToString(string field)
        => (field == Field ? "" : Field + ":") + "\"" + string.Join(' ', _terms.Select(t => t.Text)) + "\"" + ToStringUtils.Boost(Boost);

    /// <inheritdoc/>
    public override bool Equals(object? obj)
        => obj is KeptPhraseQuery other && other.Boost == Boost && other.Field == Field && other._terms.SequenceEqual(_terms);

    /// <inheritdoc/>
    public override int GetHashCode() => _terms.Aggregate(HashCode.Combine(Field, Boost), (hash, term) => HashCode.Combine(hash, term));

    /// <summary>The plain phrase query these matches are found with.</summary>
    private PhraseQuery Plain()
    {
        var phrase = new PhraseQuery();
        foreach (var term in _terms)
        {
            phrase.Add(term);
        }
        return phrase;
    }

    /// <summary>
    /// The statistics and normalization of Lucene's PhraseWeight (the sum of the terms' idf, the query boost, the
    /// boosts above it), so each article scores what the plain phrase gives it.
    /// </summary>
    private sealed class KeptPhraseWeight : Weight
    {
        private readonly KeptPhraseQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private Weight? _plain;

        public KeptPhraseWeight(KeptPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _similarity = searcher.Similarity;
            var top = searcher.TopReaderContext;
            var termStats = query._terms.Select(t => searcher.TermStatistics(t, TermContext.Build(top, t))).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Field), termStats);
        }

        public override Query Query => _query;

        public override bool ScoresDocsOutOfOrder => false;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            // The plain phrase's weight only where a segment has not kept the phrase yet, and once for all such segments.
            var matches = PhraseMatches.Of(context, _query, () => _plain ??= _searcher.CreateNormalizedWeight(_query.Plain()));
            return matches.Count == 0 ? null : new KeptPhraseScorer(this, matches, acceptDocs, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is KeptPhraseScorer scorer && scorer.Advance(doc) == doc)
            {
                var frequency = new Explanation(scorer.Freq, "phraseFreq=" + scorer.Freq);
                var score = _similarity.GetSimScorer(_stats, context).Explain(doc, frequency);
                var result = new ComplexExplanation(true, score.Value, "weight(" + _query + " in " + doc + "), result of:");
                result.AddDetail(score);
                return result;
            }
            return new ComplexExplanation(false, 0f, "no matching phrase");
        }
    }

    /// <summary>The kept matches of a segment, through the searcher's accepted articles, each scored by BM25 on its count.</summary>
    private sealed class KeptPhraseScorer(Weight weight, PhraseMatches matches, IBits? acceptDocs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        private int _index = -1;

        public override int DocID => _index < 0 ? -1 : _index < matches.Count ? matches.Docs[_index] : NO_MORE_DOCS;

        public override int Freq => matches.Frequencies[_index];

        public override float GetScore() => scorer.Score(matches.Docs[_index], matches.Frequencies[_index]);

        public override int NextDoc() => Accepted(_index + 1);

        public override int Advance(int target)
        {
            var from = Math.Max(_index + 1, 0);
            if (from >= matches.Count)
            {
                return Accepted(from);
            }
            var found = Array.BinarySearch(matches.Docs, from, matches.Count - from, target);
            return Accepted(found >= 0 ? found : ~found);
        }

        public override long GetCost() => matches.Count;

        /// <summary>Moves to the first accepted match from <paramref name="index"/> on.</summary>
        private int Accepted(int index)
        {
            while (index < matches.Count && acceptDocs is not null && !acceptDocs.Get(matches.Docs[index]))
            {
                index++;
            }
            _index = index;
            return DocID;
        }
    }
}

/// <summary>
/// The articles of one segment that hold a phrase, in order, with how often each does; kept with the segment's core (so
/// deletions do not change them: the scorer skips deleted articles) and dropped with it.
/// </summary>
internal sealed class PhraseMatches
{
    /// <summary>Matches kept per segment at most, as a number of articles per article of the segment (8 bytes each).</summary>
    private const int KeptPerArticle = 4;

    /// <summary>Below this many, any segment may keep them (a small segment's phrases cost little memory).</summary>
    private const int KeptAtLeast = 1 << 16;

    private static readonly ConditionalWeakTable<object, SegmentPhrases> Segments = [];

    private PhraseMatches(int[] docs, int[] frequencies)
    {
        Docs = docs;
        Frequencies = frequencies;
    }

    /// <summary>The articles, ascending.</summary>
    public int[] Docs { get; }

    /// <summary>How often each article holds the phrase.</summary>
    public int[] Frequencies { get; }

    /// <summary>How many articles hold the phrase.</summary>
    public int Count => Docs.Length;

    /// <summary>
    /// The matches of <paramref name="phrase"/> in <paramref name="context"/>'s segment: kept ones, or found with the plain
    /// phrase query's weight (<paramref name="plainWeight"/>) over every article and kept while the segment has room.
    /// </summary>
    public static PhraseMatches Of(AtomicReaderContext context, KeptPhraseQuery phrase, Func<Weight> plainWeight)
    {
        var reader = context.AtomicReader;
        var segment = Segments.GetValue(reader.CoreCacheKey, _ => new SegmentPhrases(Math.Max(KeptAtLeast, (long)reader.MaxDoc * KeptPerArticle)));
        if (segment.TryGet(phrase.Key, out var kept))
        {
            return kept!;
        }
        var found = Find(context, plainWeight());
        segment.TryKeep(phrase.Key, found);
        return found;
    }

    private static PhraseMatches Find(AtomicReaderContext context, Weight plainWeight)
    {
        // Every article, deleted or not: the kept matches serve later searches whatever their deletions.
        var scorer = plainWeight.GetScorer(context, acceptDocs: null);
        if (scorer is null)
        {
            return new PhraseMatches([], []);
        }
        var docs = new List<int>();
        var frequencies = new List<int>();
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            docs.Add(doc);
            frequencies.Add(scorer.Freq);
        }
        return new PhraseMatches([.. docs], [.. frequencies]);
    }

    /// <summary>One segment's kept phrases, up to a number of matches in all; the least recently read go first.</summary>
    private sealed class SegmentPhrases(long capacity)
    {
        private readonly Dictionary<string, (PhraseMatches Matches, long LastRead)> _kept = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();
        private long _held;
        private long _clock;

        public bool TryGet(string key, out PhraseMatches? matches)
        {
            lock (_lock)
            {
                if (_kept.TryGetValue(key, out var entry))
                {
                    _kept[key] = (entry.Matches, ++_clock);
                    matches = entry.Matches;
                    return true;
                }
            }
            matches = null;
            return false;
        }

        public void TryKeep(string key, PhraseMatches matches)
        {
            var size = Math.Max(1, matches.Count);
            if (size > capacity)
            {
                return;
            }
            lock (_lock)
            {
                if (!_kept.TryAdd(key, (matches, ++_clock)))
                {
                    return;
                }
                _held += size;
                while (_held > capacity)
                {
                    var oldest = _kept.MinBy(e => e.Value.LastRead);
                    _kept.Remove(oldest.Key);
                    _held -= Math.Max(1, oldest.Value.Matches.Count);
                }
            }
        }
    }
}
