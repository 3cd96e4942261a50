using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Index;

namespace DongDa.Search.Typing;

/// <summary>
/// How the archive writes what its keys do not keep, counted in the stored text of articles spread over the index: i or
/// y after a consonant (the keys spell <c>lí</c> and <c>lý</c> alike), capitals inside a sentence (the keys are lower
/// case, so the name <c>Minh</c> and the pronoun <c>mình</c> differ only by their marks), and the words that stand next
/// to numbers (the pairs stop at a number, yet <c>16 trận</c> and <c>3 lần</c> are how numbers are written).
/// </summary>
internal sealed class WrittenForms
{
    /// <summary>Articles read: enough for the common names, little enough to load in a fraction of a second.</summary>
    public const int SampleSize = 500;

    /// <summary>Weight of the archive's overall share against one reading's own counts (additive smoothing).</summary>
    private const double Prior = 2;

    private static readonly ISet<string> SampledFields = new HashSet<string>(StringComparer.Ordinal)
    {
        ArticleFields.Title, ArticleFields.Summary, ArticleFields.Body,
    };

    private readonly Dictionary<string, string> _writtenWithY;
    private readonly Dictionary<string, WordContexts> _contexts;
    private readonly double _capitalisedShare;
    private readonly double _afterNumberShare;
    private readonly double _beforeNumberShare;

    private WrittenForms(Dictionary<string, string> writtenWithY, Dictionary<string, WordContexts> contexts)
    {
        _writtenWithY = writtenWithY;
        _contexts = contexts;
        var written = contexts.Values.Sum(v => (long)v.Written);
        _capitalisedShare = Share(contexts.Values.Sum(v => (long)v.Capitalised), contexts.Values.Sum(v => (long)v.Inside));
        _afterNumberShare = Share(contexts.Values.Sum(v => (long)v.AfterNumber), written);
        _beforeNumberShare = Share(contexts.Values.Sum(v => (long)v.BeforeNumber), written);
    }

    /// <summary>
    /// Counts <paramref name="reader"/>'s stored text of up to <paramref name="articles"/> articles spread over the index:
    /// i and y in headlines and leads; capitals and numbers in leads and bodies (a headline's capitals follow house
    /// styles, and a headline is the text a user's query most resembles, which an evaluation keeps apart).
    /// </summary>
    public static WrittenForms Sample(IndexReader reader, int articles = SampleSize)
    {
        var y = new Dictionary<string, (string Y, int WithY, int WithI)>(StringComparer.Ordinal);
        var contexts = new Dictionary<string, WordContexts>(StringComparer.Ordinal);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var step = Math.Max(1, reader.MaxDoc / Math.Max(1, articles));
        for (var doc = 0; doc < reader.MaxDoc; doc += step)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                continue;
            }
            var stored = reader.Document(doc, SampledFields);
            var summary = stored.Get(ArticleFields.Summary)?.Normalize(NormalizationForm.FormC);
            CountY(stored.Get(ArticleFields.Title)?.Normalize(NormalizationForm.FormC), y);
            CountY(summary, y);
            CountContexts(ArticleText.Of(summary, stored.Get(ArticleFields.Body)?.Normalize(NormalizationForm.FormC)), contexts);
        }
        return new WrittenForms(
            y.Where(c => c.Value.WithY > c.Value.WithI).ToDictionary(c => c.Key, c => c.Value.Y, StringComparer.Ordinal),
            contexts);
    }

    /// <summary>The key <paramref name="syllable"/> (analyzer spelling) as the archive writes its i or y.</summary>
    public string WithY(string syllable) => _writtenWithY.GetValueOrDefault(syllable, syllable);

    /// <summary>True when the archive writes some key with y more often than with i.</summary>
    public bool WritesY => _writtenWithY.Count > 0;

    /// <summary>
    /// How often <paramref name="reading"/> (analyzer spelling) is written with a capital inside a sentence, shrunk towards
    /// the share of all words for a reading seldom seen: P(capital | reading), high for names (<c>minh</c>), low for
    /// words (<c>mình</c>).
    /// </summary>
    public double CapitalisedShare(string reading)
        => _contexts.TryGetValue(reading, out var c) ? Smoothed(c.Capitalised, c.Inside, _capitalisedShare) : _capitalisedShare;

    /// <summary>
    /// How many times more often than the average word <paramref name="reading"/> is written right after a number, its
    /// share shrunk like <see cref="CapitalisedShare"/>: above 1 for what is counted (<c>lần</c>, <c>trận</c>, <c>năm</c>),
    /// below for the rest (<c>lan</c>, <c>tran</c>).
    /// </summary>
    public double AfterNumberLift(string reading)
        => _contexts.TryGetValue(reading, out var c) ? Smoothed(c.AfterNumber, c.Written, _afterNumberShare) / _afterNumberShare : 1;

    /// <summary>How many times more often than the average word <paramref name="reading"/> is written right before a number (<c>năm 2005</c>, <c>số 5</c>).</summary>
    public double BeforeNumberLift(string reading)
        => _contexts.TryGetValue(reading, out var c) ? Smoothed(c.BeforeNumber, c.Written, _beforeNumberShare) / _beforeNumberShare : 1;

    private static double Share(long part, long all) => (part + 0.5) / (all + 1.0);

    /// <summary>Additive smoothing of <paramref name="part"/> / <paramref name="all"/> towards <paramref name="share"/>.</summary>
    private static double Smoothed(int part, int all, double share) => (part + (Prior * share)) / (all + Prior);

    private static void CountY(string? text, Dictionary<string, (string Y, int WithY, int WithI)> counts)
    {
        foreach (var (run, _) in LetterRuns.Of(text ?? ""))
        {
            var word = run.ToLowerInvariant();
            var key = VietnameseSyllable.Key(word);
            var last = VietnameseText.Fold(key[^1..]);
            if (last != "i" || key.Length != word.Length || !key.AsSpan(0, key.Length - 1).SequenceEqual(word.AsSpan(0, word.Length - 1)))
            {
                continue;
            }
            var seen = counts.GetValueOrDefault(key, (Y: "", WithY: 0, WithI: 0));
            counts[key] = key == word ? seen with { WithI = seen.WithI + 1 } : (word, seen.WithY + 1, seen.WithI);
        }
    }

    /// <summary>
    /// Counts, for every word, where it stands: inside a sentence (after a letter, a digit or a comma) and whether
    /// capitalised there, and right after or right before a number (a space apart). A word in capitals is an abbreviation
    /// or emphasis, and says nothing.
    /// </summary>
    private static void CountContexts(string text, Dictionary<string, WordContexts> counts)
    {
        var previous = '.';
        var gap = Gap.Broken;
        string? lastWord = null;
        var lastWasNumber = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c == '\n')
                {
                    previous = '.';
                    gap = Gap.Broken;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    previous = c;
                    gap = Gap.Broken;
                }
                else if (gap == Gap.None)
                {
                    gap = Gap.Space;
                }
                i++;
                continue;
            }
            var start = i;
            if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
                if (lastWord is not null && gap == Gap.Space)
                {
                    counts[lastWord].BeforeNumber++;
                }
                (lastWord, lastWasNumber, gap, previous) = (null, true, Gap.None, '0');
                continue;
            }
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            var word = text.AsSpan(start, i - start);
            var afterNumber = lastWasNumber && gap == Gap.Space;
            var inside = char.IsLetterOrDigit(previous) || previous == ',';
            (lastWord, lastWasNumber, gap, previous) = (null, false, Gap.None, text[i - 1]);
            if (word.Length > 1 && char.IsUpper(word[1]))
            {
                continue;
            }
            var key = VietnameseSyllable.Key(word.ToString().ToLowerInvariant());
            if (!counts.TryGetValue(key, out var contexts))
            {
                counts[key] = contexts = new WordContexts();
            }
            contexts.Written++;
            contexts.AfterNumber += afterNumber ? 1 : 0;
            if (inside)
            {
                contexts.Inside++;
                contexts.Capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
            lastWord = key;
        }
    }

    /// <summary>What stands between the last word or number and the next character.</summary>
    private enum Gap
    {
        /// <summary>Nothing yet.</summary>
        None,

        /// <summary>Spaces only.</summary>
        Space,

        /// <summary>Punctuation or a line break.</summary>
        Broken,
    }

    /// <summary>Where one reading was written in the sample.</summary>
    private sealed class WordContexts
    {
        public int Written { get; set; }

        public int Inside { get; set; }

        public int Capitalised { get; set; }

        public int AfterNumber { get; set; }

        public int BeforeNumber { get; set; }
    }
}
