using System.Runtime.InteropServices;
using DongDa.Search.Analyzers;
using DongDa.Search.Querying;
using DongDa.Search.Schema;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search;

/// <summary>
/// Cuts a passage around the matched words of a stored text. The text is re-analyzed with the index analyzer, whose
/// offsets point into the original, so a word matched through its folded key (or another tone style, or NFD) is marked
/// as the author wrote it.
/// </summary>
internal static class SnippetBuilder
{
    private static readonly VietnameseAnalyzer IndexAnalyzer = new();

    [ThreadStatic]
    private static List<WordAt>? t_words;

    /// <summary>Characters of context kept before the first marked word.</summary>
    private const int LeadingContext = 60;

    /// <summary>
    /// Characters of the text searched for the passage first (and in each further chunk, when they hold no match):
    /// analysis is the cost of a snippet, and the lead of an article (median length about 2,000 characters) is where a
    /// reader looks first.
    /// </summary>
    public const int MaxAnalyzedLength = 4000;

    /// <summary>
    /// Where the search for the passage may stop early: at this offset (then at twice it, and so on) when the query is
    /// one word (one run) and the text so far already holds it whole, as read. Analysis is most of a snippet's cost,
    /// and most hits hold the word in their lead: the first passage that shows it is the one shown, not a later one
    /// that shows it twice.
    /// </summary>
    private const int FirstCheckpoint = 1000;

    /// <summary>Passage length aimed at.</summary>
    public const int PassageLength = 240;

    /// <summary>Characters the chunks of a long text overlap by, so that words cut at a chunk's end are read whole in the next.</summary>
    private const int ChunkOverlap = 200;

    /// <summary>
    /// The best passage of <paramref name="text"/> for <paramref name="terms"/>, or its opening when nothing matches.
    /// The passage is looked for in the first <see cref="MaxAnalyzedLength"/> characters. When they hold no match and
    /// the headline holds none either (<paramref name="headlineHoldsMatch"/>), it is looked for further on, a chunk at a time (an article listed
    /// for a word it writes only near its end shows that word), and then in any reading of the query's accented words:
    /// an article is found through another reading only when too few write the word as typed, and that reading is
    /// then why it is listed (<c>Lạng Thương</c> for <c>Láng Thượng</c>), so it is marked rather than nothing.
    /// </summary>
    public static Snippet Build(string text, HighlightTerms terms, bool headlineHoldsMatch = false)
    {
        var matches = Matches(text, 0, terms, anyReading: false);
        if (matches.Count == 0 && !headlineHoldsMatch)
        {
            matches = FirstMatches(text, NextChunk(text, 0), terms, anyReading: false);
            if (matches.Count == 0)
            {
                matches = FirstMatches(text, 0, terms, anyReading: true);
            }
        }
        if (matches.Count == 0)
        {
            return Cut(text, 0, []);
        }

        // For a query typed as a name, the window where the text writes it as one wins (hồ Thành Công over thành công).
        // Then the window holding a run of the query whole most often wins (dân vận khéo over dân vận twice), then the one
        // where the query's words stand together most often, then the one holding the most different matched keys,
        // then the most matches.
        var best = (Start: 0, Named: -1, Whole: -1, Together: -1, Distinct: -1, Count: -1);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            distinct.Clear();
            var count = 0;
            var together = 0;
            var whole = 0;
            var named = 0;
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= PassageLength - LeadingContext; j++)
            {
                distinct.Add(matches[j].Key);
                count++;
                together += matches[j].Together ? 1 : 0;
                whole += matches[j].Whole ? 1 : 0;
                named += matches[j].Named ? 1 : 0;
            }
            if ((named, whole, together, distinct.Count, count).CompareTo((best.Named, best.Whole, best.Together, best.Distinct, best.Count)) > 0)
            {
                best = (i, named, whole, together, distinct.Count, count);
            }
        }
        return Cut(text, matches[best.Start].Start, matches);
    }

    /// <summary>
    /// A marked span: one word, or words of the query standing together (<paramref name="Together"/>), all the words of
    /// one of its runs (<paramref name="Whole"/>), written as a name where the query typed its run as one (<paramref name="Named"/>).
    /// </summary>
    private readonly record struct Match(int Start, int End, string Key, bool Together = false, bool Whole = false, bool Named = false);

    /// <summary>
    /// One word position of the text: its offsets, the keys the query asks for among its keys on every tier (a word has
    /// three at most: exact, folded, unmarked-exact), and whether it was written with accents. A struct kept in one list:
    /// an article's lead holds hundreds of words, and an object each was a tenth of a request's garbage.
    /// </summary>
    private struct WordAt(int start, int end)
    {
        public readonly int Start = start;

        public int End = end;

        private string? _key0;
        private string? _key1;
        private string? _key2;

        public bool HasExact;

        public string? Matched;

        /// <summary>Index of the last word of a run of query words starting here, when this word starts one.</summary>
        public int RunEnd = -1;

        /// <summary>Index of the last word of a phrase of the query found starting here, when this word starts one.</summary>
        public int PhraseEnd = -1;

        public bool InRun;

        /// <summary>True when the run starting here holds every word of a query run.</summary>
        public bool RunWhole;

        public void AddKey(string key)
        {
            if (_key0 is null)
            {
                _key0 = key;
            }
            else if (_key1 is null)
            {
                _key1 = key;
            }
            else
            {
                _key2 ??= key;
            }
        }

        public readonly bool HasKey(string key)
            => string.Equals(_key0, key, StringComparison.Ordinal) || string.Equals(_key1, key, StringComparison.Ordinal) || string.Equals(_key2, key, StringComparison.Ordinal);

        /// <summary>The first of its keys, in the analyzer's order, that marks it: a word key, or a fallback key if it was written without accents.</summary>
        public readonly string? MarkedBy(HighlightTerms terms)
            => Marks(_key0, terms) ? _key0 : Marks(_key1, terms) ? _key1 : Marks(_key2, terms) ? _key2 : null;

        private readonly bool Marks(string? key, HighlightTerms terms)
            => key is not null && (terms.Words.Contains(key) || (!HasExact && terms.FallbackWords.Contains(key)));

        public readonly bool Matches(RunWord query, bool asRead)
            => asRead && query.Reading is not null
                ? HasKey(query.Reading)
                : HasKey(query.Key) || (!HasExact && query.Fallback is not null && HasKey(query.Fallback));
    }

    /// <summary>Where the chunk after the one starting at <paramref name="from"/> starts: a word's start, a little before that chunk's end.</summary>
    private static int NextChunk(string text, int from)
    {
        var next = from + MaxAnalyzedLength - ChunkOverlap;
        while (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next;
    }

    /// <summary>The words of a short text (a headline) that a snippet of it would mark, as ranges of <paramref name="text"/>.</summary>
    public static IReadOnlyList<TextRange> Marks(string text, HighlightTerms terms)
        => [.. Matches(text, 0, terms, anyReading: false).Select(m => new TextRange(m.Start, m.End - m.Start))];

    /// <summary>The matches of the first chunk of <paramref name="text"/>, from <paramref name="from"/> on, that holds any.</summary>
    private static List<Match> FirstMatches(string text, int from, HighlightTerms terms, bool anyReading)
    {
        List<Match> matches = [];
        for (; matches.Count == 0 && from < text.Length; from = NextChunk(text, from))
        {
            matches = Matches(text, from, terms, anyReading);
        }
        return matches;
    }

    /// <summary>
    /// The matches in the <see cref="MaxAnalyzedLength"/> characters of <paramref name="text"/> from <paramref name="from"/>
    /// on; with <paramref name="anyReading"/>, every word is read as if written without accents (an accented query
    /// word's folded key marks it in any reading) and a word found alone need not be the reading the query was read as.
    /// </summary>
    private static List<Match> Matches(string text, int from, HighlightTerms terms, bool anyReading)
    {
        if (terms.IsEmpty || text.Length <= from)
        {
            return [];
        }
        // Keys looked up as spans of the analyzer's buffer: a word's keys the query does not ask for are never made strings.
        var wanted = WantedKeys(terms).GetAlternateLookup<ReadOnlySpan<char>>();
        var analyzed = from == 0 && text.Length <= MaxAnalyzedLength ? text : text.Substring(from, Math.Min(MaxAnalyzedLength, text.Length - from));
        // One list per thread, cleared and reused: a request builds ten snippets of hundreds of words each, and a new
        // list each time was half of what a request with snippets allocated (0.5 of 1.1 MB), all for the collector.
        var words = t_words ??= [];
        words.Clear();
        // About one word in six characters of Vietnamese text: sized once, not grown.
        words.EnsureCapacity(analyzed.Length / 6);
        using (var stream = IndexAnalyzer.GetTokenStream(ArticleFields.Body, analyzed))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            // Only a query of one run (one word) may stop early: with more, a later passage may hold more of them whole;
            // nor one typed as a name, whose passage is where the text writes it as one, which may come later.
            var checkpoint = terms.Runs.Count == 1 && !terms.NameTyped ? FirstCheckpoint : int.MaxValue;
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement > 0 || words.Count == 0)
                {
                    if (offset.StartOffset >= checkpoint)
                    {
                        // Every word before this one is complete: stop when the query's word stands whole among them.
                        if (StandsWhole(CollectionsMarshal.AsSpan(words), terms.Runs[0]))
                        {
                            break;
                        }
                        checkpoint *= 2;
                    }
                    words.Add(new WordAt(from + offset.StartOffset, from + offset.EndOffset));
                }
                ref var word = ref CollectionsMarshal.AsSpan(words)[^1];
                word.End = Math.Max(word.End, from + offset.EndOffset);
                if (wanted.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var key))
                {
                    word.AddKey(key);
                }
                word.HasExact |= type.Type == VietnameseTokenTypes.Exact;
            }
            stream.End();
        }

        var all = CollectionsMarshal.AsSpan(words);
        for (var i = 0; i < all.Length; i++)
        {
            all[i].HasExact &= !anyReading;
            all[i].Matched = all[i].MarkedBy(terms);
        }
        foreach (var phrase in terms.Phrases)
        {
            var id = string.Join(' ', phrase);
            for (var i = 0; i + phrase.Count <= words.Count; i++)
            {
                var found = true;
                for (var k = 0; k < phrase.Count && found; k++)
                {
                    found = all[i + k].HasKey(phrase[k]);
                }
                if (found)
                {
                    for (var k = 0; k < phrase.Count; k++)
                    {
                        all[i + k].Matched = id;
                    }
                    all[i].PhraseEnd = Math.Max(all[i].PhraseEnd, i + phrase.Count - 1);
                }
            }
        }
        // Where the words stand together in the reading the query was read as (đồng bộ for "dong bo"), only those places
        // are marked, not another word that folds alike (hoạt động bộ máy); else any place where they stand together.
        var together = MarkRuns(all, terms, asRead: true) || MarkRuns(all, terms, asRead: false);
        var runKeys = together || terms.RunsHeld ? terms.Runs.SelectMany(r => r).SelectMany(w => w.Fallback is null ? [w.Key] : new[] { w.Key, w.Fallback }).ToHashSet(StringComparer.Ordinal) : null;
        var readings = anyReading ? [] : ReadingsOfRunWords(terms);
        var nameTyped = terms.NameTyped;
        var matches = new List<Match>();
        for (var i = 0; i < all.Length; i++)
        {
            var word = all[i];
            if (word.RunEnd >= 0)
            {
                var named = nameTyped && WrittenAsName(text, all[i..(word.RunEnd + 1)]);
                matches.Add(new Match(word.Start, all[word.RunEnd].End, "run", Together: true, Whole: word.RunWhole, Named: named));
                i = word.RunEnd;
                continue;
            }
            if (word.PhraseEnd > i && RunsWithin(all, i, word.PhraseEnd) is var (whole, runs))
            {
                // A phrase of the query (quoted, the long form an abbreviation stands for, or a place's kind word written
                // out: quận Ba Đình for Q. Ba Đình) found whole: one span, with what its runs tell of it.
                matches.Add(runs
                    ? new Match(word.Start, all[word.PhraseEnd].End, "run", Together: true, Whole: whole)
                    : new Match(word.Start, all[word.PhraseEnd].End, word.Matched!));
                i = word.PhraseEnd;
                continue;
            }
            // A word of a run found alone is not marked when the run stands together elsewhere in the text, nor, for a
            // word typed without accents, when it is not the syllable of the reading the query was read as ("Bố" for
            // the "bo" of "dong bo", read as đồng bộ).
            if (word.Matched is not null && !word.InRun && (runKeys is null || !runKeys.Contains(word.Matched))
                && !(readings.TryGetValue(word.Matched, out var reading) && !word.HasKey(reading)))
            {
                matches.Add(new Match(word.Start, word.End, word.Matched));
            }
        }
        return matches;
    }

    /// <summary>True when each of <paramref name="words"/> is written in <paramref name="text"/> with a capital first letter only, as a name.</summary>
    private static bool WrittenAsName(string text, ReadOnlySpan<WordAt> words)
    {
        foreach (var word in words)
        {
            if (!LetterCaseFilter.IsCapitalized(text.AsSpan(word.Start, word.End - word.Start)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the words of <paramref name="run"/> stand side by side, all of them, as read, somewhere in <paramref name="words"/>.</summary>
    private static bool StandsWhole(ReadOnlySpan<WordAt> words, IReadOnlyList<RunWord> run)
    {
        for (var i = 0; i + run.Count <= words.Length; i++)
        {
            if (Together(words, i, run, 0, asRead: true) == run.Count)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words from <paramref name="i"/> on match the words of <paramref name="run"/> from <paramref name="k"/> on, one by one.</summary>
    private static int Together(ReadOnlySpan<WordAt> words, int i, IReadOnlyList<RunWord> run, int k, bool asRead)
    {
        var length = 0;
        while (k + length < run.Count && i + length < words.Length && words[i + length].Matches(run[k + length], asRead))
        {
            length++;
        }
        return length;
    }

    /// <summary>
    /// Whether the words <paramref name="first"/> to <paramref name="last"/> of <paramref name="all"/> can be one span:
    /// null when a run of the query's words crosses its edge (a phrase must not split a run); else whether a run inside
    /// holds a query run whole, and whether any run is inside.
    /// </summary>
    private static (bool Whole, bool Runs)? RunsWithin(ReadOnlySpan<WordAt> all, int first, int last)
    {
        bool whole = false, runs = false;
        for (var j = first; j <= last; j++)
        {
            if (all[j].RunEnd >= 0)
            {
                if (all[j].RunEnd > last)
                {
                    return null;
                }
                whole |= all[j].RunWhole;
                runs = true;
                j = all[j].RunEnd;
            }
            else if (all[j].InRun)
            {
                // Inside a run that started before the phrase.
                return null;
            }
        }
        return (whole, runs);
    }

    /// <summary>
    /// The reading (exact key) of each query key typed without accents, where the query was read as one reading; a
    /// key read two ways in one query (rare) is left out, so both stay markable.
    /// </summary>
    private static Dictionary<string, string> ReadingsOfRunWords(HighlightTerms terms)
    {
        var readings = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in terms.Runs.SelectMany(run => run))
        {
            if (word.Reading is null)
            {
                continue;
            }
            if (readings.TryGetValue(word.Key, out var seen) && seen != word.Reading)
            {
                ambiguous.Add(word.Key);
            }
            readings[word.Key] = word.Reading;
        }
        foreach (var key in ambiguous)
        {
            readings.Remove(key);
        }
        return readings;
    }

    /// <summary>Every key a snippet can mark or match a phrase or run on.</summary>
    private static HashSet<string> WantedKeys(HighlightTerms terms)
    {
        var keys = new HashSet<string>(terms.Words, StringComparer.Ordinal);
        keys.UnionWith(terms.FallbackWords);
        foreach (var phrase in terms.Phrases)
        {
            keys.UnionWith(phrase);
        }
        foreach (var run in terms.Runs)
        {
            foreach (var word in run)
            {
                keys.Add(word.Key);
                if (word.Fallback is not null)
                {
                    keys.Add(word.Fallback);
                }
                if (word.Reading is not null)
                {
                    keys.Add(word.Reading);
                }
            }
        }
        return keys;
    }

    /// <summary>
    /// Marks every place where two or more consecutive words of a query run stand side by side (the longest from each
    /// position); true when there is any.
    /// </summary>
    private static bool MarkRuns(Span<WordAt> words, HighlightTerms terms, bool asRead)
    {
        var any = false;
        for (var i = 0; i < words.Length; i++)
        {
            var longest = 0;
            var whole = false;
            foreach (var run in terms.Runs)
            {
                for (var k = 0; k + 1 < run.Count; k++)
                {
                    var length = Together(words, i, run, k, asRead);
                    var isWhole = k == 0 && length == run.Count;
                    whole = length > longest ? isWhole : whole || (length == longest && isWhole);
                    longest = Math.Max(longest, length);
                }
            }
            if (longest < 2)
            {
                continue;
            }
            words[i].RunEnd = i + longest - 1;
            words[i].RunWhole = whole;
            for (var k = i; k < i + longest; k++)
            {
                words[k].InRun = true;
            }
            any = true;
            i += longest - 1;
        }
        return any;
    }

    /// <summary>
    /// The passage starting a little before <paramref name="anchor"/>, at the start of its sentence when that is near
    /// enough, else at a word boundary; cut at word boundaries, with its marks.
    /// </summary>
    private static Snippet Cut(string text, int anchor, List<Match> matches)
    {
        var start = Math.Max(0, anchor - LeadingContext);
        if (SentenceStart(text, start, anchor) is { } sentence)
        {
            start = sentence;
        }
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
            if (start >= anchor)
            {
                start = anchor;
                break;
            }
        }
        var end = Math.Min(text.Length, start + PassageLength);
        while (end < text.Length && end > start && !char.IsWhiteSpace(text[end - 1]) && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }
        if (end <= start)
        {
            end = Math.Min(text.Length, start + PassageLength);
        }
        // A marked word is never cut in half.
        foreach (var m in matches)
        {
            if (m.Start < end && m.End > end)
            {
                end = m.End;
            }
        }

        var prefix = start > 0 ? "…" : "";
        var suffix = end < text.Length ? "…" : "";
        var passage = text[start..end].Replace('\n', ' ').Replace('\r', ' ');
        var highlights = new List<TextRange>();
        foreach (var m in matches)
        {
            if (m.Start >= start && m.End <= end)
            {
                highlights.Add(new TextRange(prefix.Length + m.Start - start, m.End - m.Start));
            }
        }
        return new Snippet(prefix + passage + suffix, highlights);
    }

    /// <summary>
    /// The start of a sentence nearest before <paramref name="anchor"/>, after <paramref name="from"/>: a word after a full
    /// stop, question or exclamation mark or ellipsis (and any closing quote or bracket) and a space, or after a line
    /// break; null when there is none. A passage read from there does not open on the tail of a word cut by the window
    /// (<c>…xin protein</c> of <c>vắc xin</c>).
    /// </summary>
    private static int? SentenceStart(string text, int from, int anchor)
    {
        for (var i = anchor; i > from; i--)
        {
            if (char.IsWhiteSpace(text[i]) || !char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }
            var j = i - 1;
            var lineBreak = false;
            while (j >= 0 && char.IsWhiteSpace(text[j]))
            {
                lineBreak |= text[j] == '\n';
                j--;
            }
            while (j >= 0 && text[j] is '"' or '\'' or '”' or '’' or '»' or ')' or ']')
            {
                j--;
            }
            if (lineBreak || (j >= 0 && text[j] is '.' or '!' or '?' or '…'))
            {
                return i;
            }
        }
        return null;
    }
}
