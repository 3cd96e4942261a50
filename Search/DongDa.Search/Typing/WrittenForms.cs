using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Index;

namespace DongDa.Search.Typing;

/// <summary>
/// How the archive writes what its keys do not keep, counted in the stored text of articles spread over the index: i or
/// y after a consonant (the keys spell <c>lí</c> and <c>lý</c> alike), and capitals inside a sentence (the keys are
/// lower case, so the name <c>Minh</c> and the pronoun <c>mình</c> differ only by their marks).
/// </summary>
internal sealed class WrittenForms
{
    /// <summary>Articles read: enough for the common names, little enough to load in a fraction of a second.</summary>
    public const int SampleSize = 500;

    /// <summary>Weight of the archive's overall share of capitals against one reading's own count (additive smoothing).</summary>
    private const double CapitalPrior = 2;

    private static readonly ISet<string> SampledFields = new HashSet<string>(StringComparer.Ordinal)
    {
        ArticleFields.Title, ArticleFields.Summary, ArticleFields.Body,
    };

    private readonly Dictionary<string, string> _writtenWithY;
    private readonly Dictionary<string, (int Capitalised, int Written)> _insideSentences;
    private readonly double _capitalisedShare;

    private WrittenForms(Dictionary<string, string> writtenWithY, Dictionary<string, (int Capitalised, int Written)> insideSentences)
    {
        _writtenWithY = writtenWithY;
        _insideSentences = insideSentences;
        var written = insideSentences.Values.Sum(v => (long)v.Written);
        _capitalisedShare = written == 0 ? 0.5 : (insideSentences.Values.Sum(v => (long)v.Capitalised) + 0.5) / (written + 1.0);
    }

    /// <summary>Nothing counted: every key written with i, no reading a name more than another.</summary>
    public static WrittenForms None { get; } = new([], []);

    /// <summary>
    /// Counts <paramref name="reader"/>'s stored text of up to <paramref name="articles"/> articles spread over the index:
    /// i and y in headlines and leads, capitals in leads and bodies (a headline's capitals follow house styles).
    /// </summary>
    public static WrittenForms Sample(IndexReader reader, int articles = SampleSize)
    {
        var y = new Dictionary<string, (string Y, int WithY, int WithI)>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, (int Capitalised, int Written)>(StringComparer.Ordinal);
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
            CountCapitals(ArticleText.Of(summary, stored.Get(ArticleFields.Body)?.Normalize(NormalizationForm.FormC)), capitals);
        }
        return new WrittenForms(
            y.Where(c => c.Value.WithY > c.Value.WithI).ToDictionary(c => c.Key, c => c.Value.Y, StringComparer.Ordinal),
            capitals);
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
    {
        var (capitalised, written) = _insideSentences.GetValueOrDefault(reading);
        return (capitalised + (CapitalPrior * _capitalisedShare)) / (written + CapitalPrior);
    }

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
    /// Counts every word inside a sentence (after a letter, a digit or a comma) and those of them written with a capital;
    /// a word in capitals is an abbreviation or emphasis, and says nothing.
    /// </summary>
    private static void CountCapitals(string text, Dictionary<string, (int Capitalised, int Written)> counts)
    {
        var previous = '.';
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    previous = text[i];
                }
                else if (text[i] == '\n')
                {
                    previous = '.';
                }
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            var word = text.AsSpan(start, i - start);
            var inside = char.IsLetterOrDigit(previous) || previous == ',';
            previous = text[i - 1];
            if (!inside || (word.Length > 1 && char.IsUpper(word[1])))
            {
                continue;
            }
            var key = VietnameseSyllable.Key(word.ToString().ToLowerInvariant());
            var seen = counts.GetValueOrDefault(key);
            counts[key] = (seen.Capitalised + (char.IsUpper(word[0]) ? 1 : 0), seen.Written + 1);
        }
    }
}
