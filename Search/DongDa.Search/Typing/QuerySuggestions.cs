using DongDa.Search.Analyzers;

namespace DongDa.Search.Typing;

/// <summary>
/// "Did you mean": close readings of a query that found little — the same letters with the accents the archive would
/// place (a misplaced accent: <c>Hà Nôi</c> → <c>Hà Nội</c>), and a word the archive rarely writes replaced by the most
/// frequent syllable one letter away (<c>dan vam</c> → <c>dân vận</c>). The searcher counts each and offers the first
/// that finds much more.
/// </summary>
internal static class QuerySuggestions
{
    /// <summary>A query with at most this many hits "finds little".</summary>
    public const int FewHits = 5;

    /// <summary>A word the archive writes fewer times than this may be a typo.</summary>
    private const long RareWord = 3;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>True when <paramref name="candidateHits"/> is much more than <paramref name="hits"/>: at least three times, and three more.</summary>
    public static bool FindsMuchMore(int candidateHits, int hits) => candidateHits >= 3 * hits && candidateHits >= hits + 3;

    /// <summary>Close readings of <paramref name="query"/>, the likeliest first, none equal to the query.</summary>
    public static IEnumerable<string> Candidates(AccentRestorer restorer, string query)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Same(query) };
        if (VietnameseText.HasDiacritics(query))
        {
            var reread = restorer.Restore(VietnameseText.Fold(query)).Reading;
            if (seen.Add(Same(reread)))
            {
                yield return reread;
            }
        }
        foreach (var word in TypedText.Words(query))
        {
            if (word.Kind is not (WordKind.Unmarked or WordKind.Ambiguous or WordKind.Accented or WordKind.Other)
                || !word.Typed.All(char.IsLetter) || restorer.Model.Count(word.Folded) >= RareWord)
            {
                continue;
            }
            if (Nearest(restorer.Model, word.Folded) is not { } replacement)
            {
                continue;
            }
            var text = string.Concat(query.AsSpan(0, word.Start), replacement, query.AsSpan(word.Start + word.Typed.Length));
            var reading = restorer.Restore(text).Reading;
            if (seen.Add(Same(reading)))
            {
                yield return reading;
            }
        }
    }

    /// <summary>The most frequent folded syllable one edit (insert, delete, replace, swap) from <paramref name="folded"/>.</summary>
    private static string? Nearest(SyllableModel model, string folded)
    {
        string? best = null;
        long bestCount = 0;
        foreach (var edit in Edits(folded))
        {
            var count = model.Count(edit);
            if (count > bestCount && VietnameseSyllable.IsValidFolded(edit))
            {
                best = edit;
                bestCount = count;
            }
        }
        return best;
    }

    private static IEnumerable<string> Edits(string word)
    {
        for (var i = 0; i <= word.Length; i++)
        {
            var (left, right) = (word[..i], word[i..]);
            if (right.Length > 0)
            {
                yield return left + right[1..];
            }
            if (right.Length > 1)
            {
                yield return left + right[1] + right[0] + right[2..];
            }
            foreach (var c in Alphabet)
            {
                if (right.Length > 0 && c != right[0])
                {
                    yield return left + c + right[1..];
                }
                yield return left + c + right;
            }
        }
    }

    /// <summary>The spelling-insensitive form two readings are compared by (case, tone style, i/y).</summary>
    private static string Same(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(VietnameseSyllable.Key));
}
