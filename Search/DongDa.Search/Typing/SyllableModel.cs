using System.Collections.Concurrent;
using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DongDa.Search.Typing;

/// <summary>A way a folded syllable (or pair) is written in the archive, and how often.</summary>
/// <param name="Text">The reading in the analyzer's spelling (<c>đồng</c>, <c>đồng bộ</c>); unmarked it equals the folded key.</param>
/// <param name="Count">Occurrences in the indexed text.</param>
internal readonly record struct Reading(string Text, long Count);

/// <summary>The readings of one folded pair (<c>dong bo</c>): counts of each pair of readings and of each first reading.</summary>
internal sealed class PairReadingCounts
{
    public static readonly PairReadingCounts None = new(new Dictionary<string, long>(StringComparer.Ordinal));

    private readonly Dictionary<string, long> _pairs;

    public PairReadingCounts(Dictionary<string, long> pairs) => _pairs = pairs;

    /// <summary>Occurrences of the exact pair "<paramref name="first"/> <paramref name="second"/>".</summary>
    public long Count(string first, string second) => _pairs.GetValueOrDefault(first + " " + second);

    /// <summary>Occurrences of the folded pair in any reading.</summary>
    public long Total => _pairs.Values.Sum();

    /// <summary>Every pair reading with its count, most frequent first.</summary>
    public IEnumerable<Reading> All => _pairs.OrderByDescending(p => p.Value).Select(p => new Reading(p.Key, p.Value));
}

/// <summary>
/// What the archive's headlines and leads write after one pair of readings (<c>bản tin</c>): how often the pair is
/// followed by anything, by how many different readings (Witten-Bell's T), and, as asked, by one reading.
/// </summary>
internal sealed class TripleCounts
{
    public static readonly TripleCounts None = new(null, "", 0, 0);

    private readonly SyllableModel? _model;
    private readonly string _prefix;

    public TripleCounts(SyllableModel? model, string prefix, long total, int followers)
    {
        (_model, _prefix) = (model, prefix);
        (Total, Followers) = (total, followers);
    }

    private readonly Lock _askedLock = new();

    /// <summary>The readings asked for so far, with their counts (a few per pair; locked, the model serves every thread).</summary>
    private Dictionary<string, long>? _asked;

    /// <summary>Occurrences of the pair followed by <paramref name="third"/> (looked up in the index once).</summary>
    public long Count(string third)
    {
        if (Total == 0 || _model is null)
        {
            return 0;
        }
        lock (_askedLock)
        {
            _asked ??= new Dictionary<string, long>(StringComparer.Ordinal);
            if (!_asked.TryGetValue(third, out var count))
            {
                count = _model.TripleCount(_prefix, third);
                _asked[third] = count;
            }
            return count;
        }
    }

    /// <summary>Occurrences of the pair followed by any reading.</summary>
    public long Total { get; }

    /// <summary>How many different readings follow the pair.</summary>
    public int Followers { get; }
}

/// <summary>
/// The archive's syllable model, read from the index's own term dictionaries (so it is stored with the index and
/// refreshed with it): the readings of each folded syllable with counts, from the exact keys of the word fields
/// (<c>đồng</c>, and <c>=tin</c> for a word written without marks), and the readings of each folded pair, from the
/// <c>pairs</c> field's reading keys (<c>dong bo|đồng bộ</c>) beside the folded pair key, and what follows each pair of
/// readings in headlines and leads, from the <c>triples</c> field (<c>bản tin vắn</c>).
/// </summary>
/// <remarks>
/// Syllables are loaded once (one scan of the word fields' terms); pairs are looked up on demand with one seek in the
/// pairs field and cached, because the pair vocabulary is several times the syllable vocabulary.
/// </remarks>
internal sealed class SyllableModel
{
    /// <summary>Marks the exact key of a word written without marks (<c>=tin</c>).</summary>
    private const char UnmarkedPrefix = '=';

    private const int MaxCachedPairs = 200_000;

    private const int MaxCachedTriples = 100_000;

    /// <summary>
    /// Times a loanword must be written with marks to be a reading (<see cref="IsMarkedLoanword"/>): a spelling the
    /// archive uses, not a slip or two words run together; the rare ones only made the model larger (2.8 MB).
    /// </summary>
    private const long MinLoanwordCount = 10;

    private static readonly string[] WordFields = [ArticleFields.Title, ArticleFields.Summary, ArticleFields.Body];

    private static readonly Reading[] NoReadings = [];

    private readonly Dictionary<string, Reading[]> _syllables;
    private readonly Dictionary<string, Reading> _abbreviations;
    private readonly Dictionary<string, (int Followers, int Preceders)> _neighbours;
    private readonly Dictionary<string, long> _foldedCounts;
    private readonly Dictionary<string, long> _readingCounts;
    private readonly string[] _sortedFolded;
    private readonly Terms? _pairs;
    private readonly ConcurrentDictionary<string, PairReadingCounts> _pairCache = new(StringComparer.Ordinal);
    private readonly Terms? _triples;
    private readonly ConcurrentDictionary<string, TripleCounts> _tripleCache = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static (Terms? Owner, TermsEnum? Enum) t_triplesEnum;

    [ThreadStatic]
    private static (Terms? Owner, TermsEnum? Enum) t_pairsEnum;

    private SyllableModel(IndexReader reader, Dictionary<string, Reading[]> syllables, Dictionary<string, Reading> abbreviations, Terms? pairs, WrittenForms forms)
    {
        Forms = forms;
        _abbreviations = abbreviations;
        Reader = reader;
        _syllables = syllables;
        _foldedCounts = syllables.ToDictionary(s => s.Key, s => s.Value.Sum(r => r.Count), StringComparer.Ordinal);
        _readingCounts = syllables.Values.SelectMany(r => r).ToDictionary(r => r.Text, r => r.Count, StringComparer.Ordinal);
        TotalCount = _foldedCounts.Values.Sum();
        _sortedFolded = [.. _foldedCounts.Keys.Order(StringComparer.Ordinal)];
        _pairs = pairs;
        _triples = MultiFields.GetTerms(reader, ArticleFields.Triples);
        LogRunEnd = ReadLogRunEnd();
        _neighbours = CountNeighbours(pairs, _readingCounts);
        PairReadingTypes = _neighbours.Values.Sum(n => (long)n.Followers);
    }

    /// <summary>The counts of <paramref name="model"/>, with pairs looked up in <paramref name="reader"/> (<see cref="BoundTo"/>).</summary>
    private SyllableModel(SyllableModel model, IndexReader reader)
    {
        Forms = model.Forms;
        _abbreviations = model._abbreviations;
        Reader = reader;
        _syllables = model._syllables;
        _foldedCounts = model._foldedCounts;
        _readingCounts = model._readingCounts;
        TotalCount = model.TotalCount;
        _sortedFolded = model._sortedFolded;
        _pairs = MultiFields.GetTerms(reader, ArticleFields.Pairs);
        _triples = MultiFields.GetTerms(reader, ArticleFields.Triples);
        LogRunEnd = model.LogRunEnd;
        (_neighbours, PairReadingTypes) = (model._neighbours, model.PairReadingTypes);
    }

    /// <summary>
    /// This model's counts, with pairs looked up in <paramref name="reader"/>: what serves a newer reader at once while
    /// its own model is read (a commit changes the counts of an archive by little; the pairs are the new reader's).
    /// </summary>
    public SyllableModel BoundTo(IndexReader reader) => new(this, reader);

    /// <summary>The reader the model was read from; pair lookups use it, so it must stay open while the model is used.</summary>
    public IndexReader Reader { get; }

    /// <summary>How the archive writes what the keys do not keep: i or y, capitals inside a sentence.</summary>
    public WrittenForms Forms { get; }

    /// <summary>
    /// log of the share of words in headlines and leads that end a run of syllables (before punctuation, a number or
    /// the end): what the end of a run falls back on where the last two readings have no count of their own.
    /// </summary>
    public double LogRunEnd { get; }

    /// <summary>Occurrences of all syllables (words of letters) in the indexed text.</summary>
    public long TotalCount { get; }

    /// <summary>Reads the syllable readings of <paramref name="reader"/> (the pairs are read later, as asked for).</summary>
    public static SyllableModel Load(IndexReader reader)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var abbreviations = new Dictionary<string, long>(StringComparer.Ordinal);
        var loanwords = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var field in WordFields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var text = termsEnum.Term.Utf8ToString();
                if (ReadingOf(text) is { } reading)
                {
                    counts[reading] = counts.GetValueOrDefault(reading) + termsEnum.TotalTermFreq;
                }
                else if (IsAbbreviationWithDStroke(text))
                {
                    abbreviations[text] = abbreviations.GetValueOrDefault(text) + termsEnum.TotalTermFreq;
                }
                else if (IsMarkedLoanword(text))
                {
                    loanwords[text] = loanwords.GetValueOrDefault(text) + termsEnum.TotalTermFreq;
                }
            }
        }
        foreach (var (loanword, count) in loanwords)
        {
            if (count >= MinLoanwordCount)
            {
                counts[loanword] = count;
            }
        }
        var syllables = counts
            .GroupBy(c => VietnameseText.Fold(c.Key), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(c => new Reading(c.Key, c.Value)).OrderByDescending(r => r.Count).ThenBy(r => r.Text, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
        var abbreviationReadings = abbreviations
            .GroupBy(a => VietnameseText.Fold(a.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => new Reading(a.Key, a.Value)).First(), StringComparer.Ordinal);
        return new SyllableModel(reader, syllables, abbreviationReadings, MultiFields.GetTerms(reader, ArticleFields.Pairs), WrittenForms.Sample(reader));
    }

    /// <summary>
    /// <paramref name="reading"/> (analyzer spelling, one syllable or more) with each syllable keyed with <c>i</c> written
    /// as the archive writes it most often (<c>quản lí</c> → <c>quản lý</c>): for text nobody typed, as a completion.
    /// </summary>
    public string Written(string reading)
        => Forms.WritesY ? string.Join(' ', reading.Split(' ').Select(Forms.WithY)) : reading;

    /// <summary>The readings of <paramref name="folded"/>, most frequent first (empty when the archive never wrote it).</summary>
    public IReadOnlyList<Reading> Readings(string folded) => _syllables.GetValueOrDefault(folded) ?? NoReadings;

    /// <summary>
    /// How the archive most often writes the abbreviation whose folded key is <paramref name="folded"/> with a đ
    /// (<c>hdnd</c> → <c>hđnd</c>, with its count), if it writes it so at all.
    /// </summary>
    public Reading? AbbreviationWithDStroke(string folded) => _abbreviations.TryGetValue(folded, out var reading) ? reading : null;

    /// <summary>
    /// How many different readings the archive writes right after <paramref name="reading"/>: the T(v) of Witten-Bell
    /// smoothing. A word met before many different words (<c>của</c>) is likely to meet a new one; a word met before
    /// few (<c>hồ</c>: hồ chí, hồ sơ, hồ gươm…) is not.
    /// </summary>
    public int Followers(string reading) => _neighbours.GetValueOrDefault(reading).Followers;

    /// <summary>
    /// How many different readings the archive writes right before <paramref name="reading"/>: Kneser and Ney's
    /// continuation count, how readily a word takes a new neighbour (<c>Kong</c>, frequent but only after <c>Hồng</c>,
    /// has one).
    /// </summary>
    public int Preceders(string reading) => _neighbours.GetValueOrDefault(reading).Preceders;

    /// <summary>How many different pairs of readings the archive writes (the sum of <see cref="Followers"/>).</summary>
    public long PairReadingTypes { get; }

    /// <summary>Occurrences of <paramref name="folded"/> in any reading.</summary>
    public long Count(string folded) => _foldedCounts.GetValueOrDefault(folded);

    /// <summary>Occurrences of <paramref name="reading"/> exactly as written (analyzer spelling).</summary>
    public long CountReading(string reading) => _readingCounts.GetValueOrDefault(reading);

    /// <summary>
    /// How far a pair of syllables written <paramref name="together"/> times stands above chance, when the first is
    /// written <paramref name="first"/> times and the second <paramref name="second"/>: the t-score (O − E) / √O, E =
    /// first · second / all syllables. A pair that forms a word scores high, a frequent syllable met beside everything
    /// (<c>dân và</c>) no higher than chance puts it (Church and Hanks 1991; Manning and Schütze, ch. 5).
    /// </summary>
    public double Association(long together, long first, long second)
        => (together - ((double)first * second / Math.Max(1, TotalCount))) / Math.Sqrt(Math.Max(1, together));

    /// <summary>Times chance a pair of readings must be written for the two to be one word (<see cref="WrittenAsOneWord"/>).</summary>
    internal const double OneWordAssociation = 20;

    /// <summary>Times a pair of readings must be written for its association to count (<see cref="WrittenAsOneWord"/>).</summary>
    internal const long OneWordMinCount = 5;

    /// <summary>
    /// True when the archive writes the syllables keyed <paramref name="first"/> and <paramref name="second"/> (query keys:
    /// exact with marks, folded without) side by side as one word: a reading of the two that keeps the marks typed (an
    /// unmarked key takes any) is written at least <see cref="OneWordMinCount"/> times and at least <see
    /// cref="OneWordAssociation"/> times as often as chance puts the two readings together (the association ratio of
    /// Church and Hanks 1990, e^3). Readings, not folded keys: <c>ô chợ</c> is a word, <c>o cho</c> in every reading
    /// is chance. Against Viet74K's two-syllable words (44,217 neighbouring pairs in the headlines and leads of 1,500 dev
    /// articles), 20 times chance tells word from no word best: accuracy 0.776, against 0.750, 0.766 and 0.769 at 8, 12
    /// and 33 times.
    /// </summary>
    public bool WrittenAsOneWord(string first, string second)
    {
        foreach (var reading in Pair(VietnameseText.Fold(first), VietnameseText.Fold(second)).All)
        {
            if (reading.Count < OneWordMinCount)
            {
                return false;
            }
            var space = reading.Text.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal);
            var (firstReading, secondReading) = (reading.Text[..space], reading.Text[(space + 1)..]);
            if (Keeps(first, firstReading) && Keeps(second, secondReading)
                && reading.Count >= OneWordAssociation * CountReading(firstReading) * CountReading(secondReading) / Math.Max(1, TotalCount))
            {
                return true;
            }
        }
        return false;

        static bool Keeps(string key, string reading) => !VietnameseText.IsExactKey(key) || string.Equals(key, reading, StringComparison.Ordinal);
    }

    /// <summary>Folded syllables starting with <paramref name="prefix"/>, most frequent first.</summary>
    public IEnumerable<(string Folded, long Count)> SyllablesStartingWith(string prefix)
    {
        // The folded keys in order: the ones with the prefix are one range of it.
        var from = Array.BinarySearch(_sortedFolded, prefix, StringComparer.Ordinal);
        from = from < 0 ? ~from : from;
        var to = from;
        while (to < _sortedFolded.Length && _sortedFolded[to].StartsWith(prefix, StringComparison.Ordinal))
        {
            to++;
        }
        return _sortedFolded[from..to].Select(f => (f, _foldedCounts[f])).OrderByDescending(s => s.Item2);
    }

    /// <summary>The readings of the folded pair <paramref name="first"/> <paramref name="second"/>.</summary>
    public PairReadingCounts Pair(string first, string second)
        => Cached(_pairCache, SyllablePairFilter.Key(first, second), ReadPair, MaxCachedPairs);

    /// <summary>
    /// What the archive's headlines and leads write after the readings <paramref name="first"/> <paramref name="second"/>:
    /// one range of the <c>triples</c> field, read once and cached.
    /// </summary>
    public TripleCounts Triples(string first, string second)
        => Cached(_tripleCache, SyllableTripleFilter.HistoryPrefix(first, second), ReadTriples, MaxCachedTriples);

    /// <summary>The value of <paramref name="key"/> in <paramref name="cache"/>, read and kept when missing; a full cache starts afresh.</summary>
    private static T Cached<T>(ConcurrentDictionary<string, T> cache, string key, Func<string, T> read, int capacity)
    {
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var value = read(key);
        if (cache.Count >= capacity)
        {
            cache.Clear();
        }
        cache[key] = value;
        return value;
    }

    /// <summary>Every run has one start and one end, and every other triple is one word: runs ÷ words.</summary>
    private double ReadLogRunEnd()
    {
        var runs = Triples(SyllableTripleFilter.RunStart, SyllableTripleFilter.RunStart).Total;
        var triples = _triples?.SumTotalTermFreq ?? 0;
        return runs > 0 && triples > 2 * runs ? Math.Log((double)runs / (triples - runs)) : 0;
    }

    /// <summary>
    /// The total and the different followers of one range of the <c>triples</c> field, counted without decoding a term:
    /// a range can be long (every word a run starts with), and only the few readings a text asks for are looked up.
    /// </summary>
    private TripleCounts ReadTriples(string prefix)
    {
        if (_triples is null)
        {
            return TripleCounts.None;
        }
        var prefixBytes = new BytesRef(prefix);
        var termsEnum = TriplesEnum();
        if (termsEnum.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            return TripleCounts.None;
        }
        var (total, followers) = (0L, 0);
        do
        {
            if (!StringHelper.StartsWith(termsEnum.Term, prefixBytes))
            {
                break;
            }
            total += termsEnum.TotalTermFreq;
            followers++;
        }
        while (termsEnum.MoveNext());
        return followers == 0 ? TripleCounts.None : new TripleCounts(this, prefix, total, followers);
    }

    /// <summary>Occurrences of the triple <paramref name="history"/> (a <see cref="SyllableTripleFilter.HistoryPrefix"/>) <paramref name="third"/>.</summary>
    public long TripleCount(string history, string third)
    {
        var termsEnum = TriplesEnum();
        return termsEnum.SeekExact(new BytesRef(history + third)) ? termsEnum.TotalTermFreq : 0;
    }

    /// <summary>
    /// This thread's enumerator of the <c>triples</c> field: a new one costs kilobytes of frames and buffers, and a text
    /// asks for dozens of ranges and counts. Replaced when the thread serves another model's field.
    /// </summary>
    private TermsEnum TriplesEnum() => Reused(_triples!, ref t_triplesEnum);

    /// <summary>The enumerator of <paramref name="terms"/> kept in <paramref name="slot"/> for this thread, or a new one kept there.</summary>
    private static TermsEnum Reused(Terms terms, ref (Terms? Owner, TermsEnum? Enum) slot)
    {
        if (!ReferenceEquals(slot.Owner, terms) || slot.Enum is null)
        {
            slot = (terms, terms.GetEnumerator());
        }
        return slot.Enum;
    }

    /// <summary>
    /// The readings of every pair whose folded key starts with <paramref name="prefix"/> and whose first syllable is
    /// written <paramref name="first"/> (e.g. <c>tac d</c> after tác: tác dụng, tác động…; null: written any way, <c>tu
    /// d</c>: từ đó, tự do…), with counts, read in one pass over that range of the pairs field (at most <paramref
    /// name="scanLimit"/> terms, so a one-letter prefix after a common word stays cheap), and whether the range was read
    /// to its end (<paramref name="complete"/>): the terms are in alphabetical order, so a range cut short lacks its
    /// later letters. Terms are compared as bytes; only the readings kept become strings.
    /// </summary>
    public List<Reading> PairReadingsStartingWith(string prefix, string? first, int scanLimit, out bool complete)
    {
        complete = true;
        var readings = new List<Reading>();
        if (_pairs is null)
        {
            return readings;
        }
        // A reading key is "folded pair|reading"; the folded pair alone counts every reading of it. Readings need not
        // follow their folded pair ('|' sorts after the letters of longer pairs), so the bare counts wait for the end.
        var wanted = first is null ? null : Encoding.UTF8.GetBytes(first + SyllablePairFilter.Separator);
        var firstIsBare = first is null || !VietnameseText.HasDiacritics(first);
        var totals = firstIsBare ? new Dictionary<string, long>(StringComparer.Ordinal) : null;
        var marked = firstIsBare ? new Dictionary<string, long>(StringComparer.Ordinal) : null;
        var termsEnum = _pairs.GetEnumerator();
        var prefixBytes = new BytesRef(prefix);
        if (termsEnum.SeekCeil(prefixBytes) != TermsEnum.SeekStatus.END)
        {
            var scanned = 0;
            do
            {
                var term = termsEnum.Term;
                if (!StringHelper.StartsWith(term, prefixBytes))
                {
                    break;
                }
                if (++scanned > scanLimit)
                {
                    complete = false;
                    break;
                }
                var span = term.Bytes.AsSpan(term.Offset, term.Length);
                var bar = span.IndexOf((byte)SyllablePairFilter.ReadingSeparator);
                if (bar < 0)
                {
                    // Only a bare first syllable can start a pair written without any mark.
                    if (totals is not null && StartsWith(span, wanted))
                    {
                        totals[term.Utf8ToString()] = termsEnum.TotalTermFreq;
                    }
                    continue;
                }
                if (marked is not null && StartsWith(span, wanted))
                {
                    var folded = Encoding.UTF8.GetString(span[..bar]);
                    marked[folded] = marked.GetValueOrDefault(folded) + termsEnum.TotalTermFreq;
                }
                if (StartsWith(span[(bar + 1)..], wanted))
                {
                    readings.Add(new Reading(Encoding.UTF8.GetString(span[(bar + 1)..]), termsEnum.TotalTermFreq));
                }
            }
            while (termsEnum.MoveNext());
        }
        // Written without any mark: what the folded key counts beyond its reading keys.
        foreach (var (folded, total) in totals ?? [])
        {
            var bare = total - marked!.GetValueOrDefault(folded);
            if (bare > 0)
            {
                readings.Add(new Reading(folded, bare));
            }
        }
        return readings;
    }

    /// <summary>True when <paramref name="wanted"/> is null (anything is) or <paramref name="term"/> starts with it.</summary>
    private static bool StartsWith(ReadOnlySpan<byte> term, byte[]? wanted) => wanted is null || term.StartsWith(wanted);

    /// <summary>
    /// The share of the articles holding the folded pair <paramref name="first"/> <paramref name="second"/> that write it
    /// as a name, both words with a capital first letter (the <c>names</c> field): near 1 for <c>ha noi</c>, near 0 for
    /// <c>co le</c>.
    /// </summary>
    public double NameShare(string first, string second)
    {
        var key = SyllablePairFilter.Key(first, second);
        var holding = Reader.DocFreq(new Term(ArticleFields.Pairs, key));
        return holding == 0 ? 0 : (double)Reader.DocFreq(new Term(ArticleFields.Names, key)) / holding;
    }

    /// <summary>
    /// The articles holding the pair of readings <paramref name="first"/> <paramref name="second"/> (its reading key, or
    /// its folded key when neither has marks), as a set over the reader's documents; null when no article does.
    /// </summary>
    public FixedBitSet? ArticlesHoldingPair(string first, string second)
    {
        var docs = PairDocs(first, second);
        if (docs is null)
        {
            return null;
        }
        var set = new FixedBitSet(Reader.MaxDoc);
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            set.Set(docs.DocID);
        }
        return set;
    }

    /// <summary>Articles holding the pair <paramref name="first"/> <paramref name="second"/>, and how many of them are in <paramref name="among"/>.</summary>
    public (int Holding, int Among) ArticlesHoldingPair(string first, string second, FixedBitSet among)
    {
        var docs = PairDocs(first, second);
        if (docs is null)
        {
            return (0, 0);
        }
        var (holding, shared) = (0, 0);
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            holding++;
            shared += among.Get(docs.DocID) ? 1 : 0;
        }
        return (holding, shared);
    }

    private DocsEnum? PairDocs(string first, string second)
    {
        var key = SyllablePairFilter.ReadingKey(first, second) ?? SyllablePairFilter.Key(first, second);
        return MultiFields.GetTermDocsEnum(Reader, MultiFields.GetLiveDocs(Reader), ArticleFields.Pairs, new BytesRef(key), DocsFlags.NONE);
    }

    private PairReadingCounts ReadPair(string folded)
    {
        var readings = Querying.PairReadings.Of(_pairs is null ? null : Reused(_pairs, ref t_pairsEnum), folded);
        return readings.Count == 0
            ? PairReadingCounts.None
            : new PairReadingCounts(readings.ToDictionary(r => SyllablePairFilter.Key(r.First, r.Second), r => r.Occurrences, StringComparer.Ordinal));
    }

    /// <summary>
    /// <see cref="Followers"/> and <see cref="Preceders"/> of every reading, in one pass over the pairs field: each
    /// reading key (<c>dong bo|đồng bộ</c>) is one pair of readings; a folded key (<c>ban chi</c>) is one more, written
    /// bare, when it occurs more often than its readings with marks together. Terms come in byte order, so the reading
    /// keys of a folded key follow every longer key it begins ('|' sorts after letters and digits): a stack of the folded
    /// keys still open holds each one's count until its readings are all read.
    /// </summary>
    /// <remarks>
    /// One entry per reading for both counts, keyed by the very strings of <paramref name="readings"/> where the reading
    /// is one of them: a model is read again for every commit, and what it holds stays in the oldest generation of the
    /// collector until a full collection.
    /// </remarks>
    private static Dictionary<string, (int Followers, int Preceders)> CountNeighbours(Terms? pairs, Dictionary<string, long> readings)
    {
        var neighbours = new Dictionary<string, (int Followers, int Preceders)>(StringComparer.Ordinal);
        if (pairs is null)
        {
            return neighbours;
        }
        var lookup = neighbours.GetAlternateLookup<ReadOnlySpan<char>>();
        var known = readings.GetAlternateLookup<ReadOnlySpan<char>>();
        var open = new Stack<(byte[] Folded, long Count, long Marked)>();
        var chars = new char[(8 * SyllablePairFilter.MaxWordLength) + 1];
        var termsEnum = pairs.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term;
            var bytes = term.Bytes.AsSpan(term.Offset, term.Length);
            var bar = bytes.IndexOf((byte)SyllablePairFilter.ReadingSeparator);
            var folded = bar < 0 ? bytes : bytes[..bar];
            while (open.Count > 0 && !folded.StartsWith(open.Peek().Folded))
            {
                Close(open.Pop());
            }
            if (bar < 0)
            {
                open.Push((folded.ToArray(), termsEnum.TotalTermFreq, 0));
                continue;
            }
            if (open.Count > 0 && folded.SequenceEqual(open.Peek().Folded))
            {
                var top = open.Pop();
                open.Push(top with { Marked = top.Marked + termsEnum.TotalTermFreq });
            }
            Add(chars.AsSpan(0, Encoding.UTF8.GetChars(bytes[(bar + 1)..], chars)));
        }
        while (open.Count > 0)
        {
            Close(open.Pop());
        }
        return neighbours;

        void Close((byte[] Folded, long Count, long Marked) key)
        {
            if (key.Count > key.Marked)
            {
                // Written bare as well: one more pair of readings.
                Add(Encoding.ASCII.GetString(key.Folded));
            }
        }

        void Add(ReadOnlySpan<char> pair)
        {
            var space = pair.IndexOf(SyllablePairFilter.Separator);
            if (space > 0)
            {
                Count(pair[..space], follower: 1, preceder: 0);
                Count(pair[(space + 1)..], follower: 0, preceder: 1);
            }
        }

        void Count(ReadOnlySpan<char> reading, int follower, int preceder)
        {
            if (lookup.TryGetValue(reading, out var counts))
            {
                lookup[reading] = (counts.Followers + follower, counts.Preceders + preceder);
            }
            else
            {
                neighbours[known.TryGetValue(reading, out var key, out _) ? key : reading.ToString()] = (follower, preceder);
            }
        }
    }

    /// <summary>
    /// An exact key that is no syllable, of lower-case ASCII letters and at least one đ (<c>hđnd</c>, <c>vđv</c>,
    /// <c>lđtbxh</c>): the one mark a keyboard without Vietnamese cannot type in an abbreviation.
    /// </summary>
    private static bool IsAbbreviationWithDStroke(string term)
        => term.Length is >= 2 and <= SyllablePairFilter.MaxWordLength && term.Contains('đ', StringComparison.Ordinal)
           && term.All(c => c == 'đ' || char.IsAsciiLetterLower(c)) && !VietnameseSyllable.IsValid(term);

    /// <summary>The reading an exact key of a word field stands for, or null for folded keys and non-syllables.</summary>
    private static string? ReadingOf(string term)
    {
        if (term.Length > 1 && term[0] == UnmarkedPrefix)
        {
            var word = term[1..];
            return word.Length <= SyllablePairFilter.MaxWordLength && word.All(char.IsAsciiLetterLower) ? word : null;
        }
        return VietnameseText.HasDiacritics(term) && VietnameseSyllable.IsValid(term) ? term : null;
    }

    /// <summary>
    /// A word no syllable spells, written as one word with Vietnamese marks on a vowel (<c>ôtô</c>, <c>matxcơva</c>,
    /// <c>ảrập</c>, <c>libăng</c>): how the archive writes a loanword, read like a syllable. Letters that fold to a-z only,
    /// so foreign spellings with other accents stay out; a đ alone is an abbreviation's (<see cref="IsAbbreviationWithDStroke"/>);
    /// and not when its letters fold to a syllable's (a misspelt syllable, <c>ngưòi</c>, would only lengthen that
    /// syllable's list of readings).
    /// </summary>
    private static bool IsMarkedLoanword(string term)
        => term.Length is >= 2 and <= SyllablePairFilter.MaxWordLength
           && term.All(c => char.IsAsciiLetterLower(VietnameseLetters.Fold(c)))
           && term.Any(c => c != 'đ' && VietnameseLetters.Fold(c) != c)
           && !VietnameseSyllable.IsValidFolded(VietnameseText.Fold(term));
}
