using DongDa.Search.Analyzers;

namespace DongDa.Search.Related;

/// <summary>
/// Whether two texts tell the same story: runs of <see cref="Length"/> consecutive words, without case or accents,
/// that one text shares with the other. A republished report (shortened, retitled, with another byline) keeps most of
/// its runs; two reports on one subject share words and word pairs but few runs of three.
/// </summary>
internal sealed class StoryShingles
{
    /// <summary>Words per run.</summary>
    public const int Length = 3;

    /// <summary>Share of the shorter text's runs found in the other at which two texts are one story.</summary>
    public const double SameStoryContainment = 0.5;

    private readonly HashSet<long> _runs;

    private StoryShingles(HashSet<long> runs) => _runs = runs;

    /// <summary>Characters compared at most: a copy repeats the lead, and long reports would cost time for nothing.</summary>
    public const int MaxLength = 5000;

    /// <summary>The runs of <paramref name="text"/> (its first <see cref="MaxLength"/> characters).</summary>
    public static StoryShingles Of(string text)
    {
        var runs = new HashSet<long>();
        var words = Words(VietnameseText.Fold((text.Length > MaxLength ? text[..MaxLength] : text).ToLowerInvariant()));
        for (var i = 0; i + Length <= words.Count; i++)
        {
            var hash = 17L;
            for (var k = i; k < i + Length; k++)
            {
                hash = (hash * 1_000_003L) ^ words[k];
            }
            runs.Add(hash);
        }
        return new StoryShingles(runs);
    }

    /// <summary>True when most runs of the shorter text are in the other (and the shorter has any).</summary>
    public bool SameStoryAs(StoryShingles other)
    {
        var (small, large) = _runs.Count <= other._runs.Count ? (_runs, other._runs) : (other._runs, _runs);
        if (small.Count == 0)
        {
            return false;
        }
        var shared = small.Count(large.Contains);
        return shared >= SameStoryContainment * small.Count;
    }

    /// <summary>Each word (a run of letters and digits) as a stable 64-bit hash of its characters.</summary>
    private static List<long> Words(string text)
    {
        var words = new List<long>();
        var hash = 0L;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = inWord ? (hash * 31) + c : c;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                inWord = false;
            }
        }
        if (inWord)
        {
            words.Add(hash);
        }
        return words;
    }
}
