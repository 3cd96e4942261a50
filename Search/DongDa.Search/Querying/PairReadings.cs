using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DongDa.Search.Querying;

/// <summary>One written form of a folded syllable pair and how often the archive writes it.</summary>
/// <param name="First">Exact key of the first syllable (the folded key when the reading has no marks).</param>
/// <param name="Second">Exact key of the second syllable.</param>
/// <param name="Articles">Articles holding this reading (document frequency in the index).</param>
/// <param name="Occurrences">Times the archive writes this reading (total term frequency).</param>
internal sealed record PairReading(string First, string Second, long Articles, long Occurrences = 0)
{
    /// <summary>The index key to ask for this reading: its reading key, or the folded pair when it has no marks.</summary>
    public string IndexKey => SyllablePairFilter.ReadingKey(First, Second) ?? SyllablePairFilter.Key(First, Second);

    /// <summary>True when the reading carries marks, so its key tells it apart from the other readings of the pair.</summary>
    public bool IsMarked => SyllablePairFilter.ReadingKey(First, Second) is not null;
}

/// <summary>
/// The readings of the query's syllable pairs in the archive: which accented words a pair typed without accents most
/// likely means (<c>dong bo</c> → đồng bộ), read from the reading keys of the index's <c>pairs</c> field.
/// </summary>
internal static class PairReadings
{
    /// <summary>
    /// Every reading of the folded pair <paramref name="foldedPair"/>, read with <paramref name="termsEnum"/> over the
    /// <c>pairs</c> terms of the whole index (repositioned, so one serves many pairs): the reading keys that start with
    /// it, and the unmarked reading as what the folded key counts beyond them.
    /// </summary>
    public static List<PairReading> Of(TermsEnum? termsEnum, string foldedPair)
    {
        var readings = new List<PairReading>();
        if (termsEnum is null)
        {
            return readings;
        }
        if (!termsEnum.SeekExact(new BytesRef(foldedPair)))
        {
            // Every reading key has its folded key beside it: no folded key, no reading.
            return readings;
        }
        var (allArticles, allOccurrences) = (termsEnum.DocFreq, termsEnum.TotalTermFreq);
        long markedArticles = 0;
        long markedOccurrences = 0;
        var prefix = new BytesRef(SyllablePairFilter.ReadingPrefix(foldedPair));
        if (termsEnum.SeekCeil(prefix) != TermsEnum.SeekStatus.END)
        {
            do
            {
                var term = termsEnum.Term;
                if (!StringHelper.StartsWith(term, prefix))
                {
                    break;
                }
                var exact = term.Utf8ToString()[prefix.Length..];
                var space = exact.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal);
                if (space > 0)
                {
                    readings.Add(new PairReading(exact[..space], exact[(space + 1)..], termsEnum.DocFreq, termsEnum.TotalTermFreq));
                    markedArticles += termsEnum.DocFreq;
                    markedOccurrences += termsEnum.TotalTermFreq;
                }
            }
            while (termsEnum.MoveNext());
        }
        // Written without any mark: the folded key counts it, no reading key does (an estimate by articles where an
        // article holds several readings; exact by occurrences).
        if (allOccurrences > markedOccurrences)
        {
            var space = foldedPair.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal);
            readings.Add(new PairReading(foldedPair[..space], foldedPair[(space + 1)..], Math.Max(0, allArticles - markedArticles), allOccurrences - markedOccurrences));
        }
        return readings;
    }

    /// <summary>
    /// The most likely reading of a run of consecutive query words that pair, one reading per pair, agreeing on the
    /// syllable two pairs share: each word typed with accents keeps its exact key, each word typed without may take
    /// any reading; the run is read as the sequence whose pairs are most frequent (sum of log article counts).
    /// Returns null when no reading of the archive fits what was typed.
    /// </summary>
    /// <param name="words">The words, in order, each with its query key and folded key.</param>
    /// <param name="readings">The readings of each pair (words i and i+1), from <see cref="Of(TermsEnum, string)"/>.</param>
    public static PairReading[]? MostLikely(IReadOnlyList<QueryWord> words, IReadOnlyList<List<PairReading>> readings)
    {
        var pairs = readings.Count;
        // best[i][syllable] = (score, previous reading) for pair i ending in that syllable.
        var best = new Dictionary<string, (double Score, PairReading Reading, string? From)>[pairs];
        for (var i = 0; i < pairs; i++)
        {
            best[i] = new Dictionary<string, (double, PairReading, string?)>(StringComparer.Ordinal);
            foreach (var reading in readings[i])
            {
                // A reading no article holds (only repeated occurrences counted it) is no candidate for a query.
                if (reading.Articles <= 0 || !Fits(words[i], reading.First) || !Fits(words[i + 1], reading.Second))
                {
                    continue;
                }
                double before = 0;
                if (i > 0)
                {
                    if (!best[i - 1].TryGetValue(reading.First, out var previous))
                    {
                        continue;
                    }
                    before = previous.Score;
                }
                var score = before + Math.Log(reading.Articles + 1);
                if (!best[i].TryGetValue(reading.Second, out var current) || score > current.Score)
                {
                    best[i][reading.Second] = (score, reading, i > 0 ? reading.First : null);
                }
            }
            if (best[i].Count == 0)
            {
                return null;
            }
        }
        var chosen = new PairReading[pairs];
        var end = best[pairs - 1].MaxBy(e => e.Value.Score).Key;
        for (var i = pairs - 1; i >= 0; i--)
        {
            var (_, reading, from) = best[i][end];
            chosen[i] = reading;
            end = from!;
        }
        return chosen;
    }

    /// <summary>A syllable reading fits a query word typed with accents when it is that word; any reading fits a word typed without.</summary>
    private static bool Fits(QueryWord word, string syllable) => word.IsExact ? word.Key == syllable : word.FoldedKey == VietnameseText.Fold(syllable);
}
