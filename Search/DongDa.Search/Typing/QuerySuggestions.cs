using DongDa.Search.Analyzers;
using DongDa.Search.Querying;

namespace DongDa.Search.Typing;

/// <summary>
/// "Did you mean": close readings of a query that found little — the same letters with the accents the archive would
/// place (a misplaced accent: <c>Hà Nôi</c> → <c>Hà Nội</c>), and a word the archive rarely writes replaced by the syllable
/// one letter away that best fits its neighbours (<c>dan vam</c> → <c>dân vận</c>). The searcher counts each and offers
/// the first that finds much more; for a query that finds more than a little, only a word no syllable spells among
/// Vietnamese words (<c>cong ann</c> → <c>công an</c>, though <c>Ann</c> finds its articles). Syllables typed together
/// (<c>dongda</c>) are no slip: the query is read with them apart before it is searched (<see cref="JoinedSyllables.ReadApart"/>).
/// </summary>
internal static class QuerySuggestions
{
    /// <summary>A query with at most this many hits "finds little".</summary>
    public const int FewHits = 5;

    /// <summary>A word the archive writes fewer times than this may be a typo.</summary>
    private const long RareWord = 3;

    /// <summary>
    /// How much more often than a misspelt word the archive must write its replacement to call the word a slip: a word
    /// the archive writes itself more than now and then (<c>VN</c> beside <c>và</c>) is a word, not a slip.
    /// </summary>
    private const long SlipRatio = 100;

    /// <summary>
    /// An abbreviation or a brand: a capital after the first letter (<c>VN</c>, <c>PDA</c>, <c>eBay</c>), or a word the
    /// abbreviation table knows (<c>vn</c>, <c>hlv</c>).
    /// </summary>
    private static bool IsAbbreviationOrBrand(TypedWord word)
        => word.Typed.Skip(1).Any(char.IsUpper) || AbbreviationTable.Default.LongestMatch([word.Folded], 0, _ => false) is not null;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>True when <paramref name="candidateHits"/> is much more than <paramref name="hits"/>: at least three times, and three more.</summary>
    public static bool FindsMuchMore(int candidateHits, int hits) => candidateHits >= 3 * hits && candidateHits >= hits + 3;

    /// <summary>
    /// Close readings of <paramref name="query"/>, the likeliest first, none equal to the query. When it
    /// <paramref name="findsLittle"/>, every kind; otherwise slips: a word no Vietnamese
    /// syllable spells, among words that all are, whose replacement the archive writes far more often (<c>cong ann</c> →
    /// <c>công an</c>).
    /// </summary>
    public static IEnumerable<string> Candidates(AccentRestorer restorer, string query, bool findsLittle)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Same(query) };
        if (findsLittle && VietnameseText.HasDiacritics(query))
        {
            var reread = restorer.Restore(VietnameseText.Fold(query)).Reading;
            if (seen.Add(Same(reread)))
            {
                yield return reread;
            }
        }
        var model = restorer.Model;
        var words = TypedText.Words(query);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind is not (WordKind.Unmarked or WordKind.Ambiguous or WordKind.Accented or WordKind.Other)
                || !word.Typed.All(char.IsLetter))
            {
                continue;
            }
            var count = model.Count(word.Folded);
            var rare = findsLittle && count < RareWord;
            var slip = !VietnameseSyllable.IsValidFolded(word.Folded) && words.Count > 1 && !IsAbbreviationOrBrand(word)
                && words.TrueForAll(w => w == word || VietnameseSyllable.IsValidFolded(w.Folded));
            if (!rare && !slip)
            {
                continue;
            }
            var before = i > 0 && !word.AfterBreak ? words[i - 1].Folded : null;
            var after = i + 1 < words.Count && !words[i + 1].AfterBreak ? words[i + 1].Folded : null;
            if (Nearest(model, word.Folded, before, after) is not { } replacement
                || (!rare && model.Count(replacement) < SlipRatio * count))
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

    /// <summary>
    /// The folded syllable one edit (insert, delete, replace, swap) from <paramref name="folded"/> that best fits its
    /// neighbours <paramref name="before"/> and <paramref name="after"/>: the one whose pairs with them stand furthest
    /// above chance (the t-score of each pair, summed), so <c>dan vam</c> is <c>dan van</c>, not the commoner <c>dan
    /// va</c>; alone, the most frequent.
    /// </summary>
    private static string? Nearest(SyllableModel model, string folded, string? before, string? after)
    {
        string? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var edit in Edits(folded))
        {
            var count = model.Count(edit);
            if (count == 0 || !VietnameseSyllable.IsValidFolded(edit))
            {
                continue;
            }
            var score = before is null && after is null
                ? count
                : Fit(model, before, edit) + Fit(model, edit, after);
            if (score > bestScore)
            {
                best = edit;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>How far the folded pair stands above chance (<see cref="SyllableModel.Association"/>); 0 without a neighbour.</summary>
    private static double Fit(SyllableModel model, string? first, string? second)
    {
        if (first is null || second is null)
        {
            return 0;
        }
        return model.Association(model.Pair(first, second).Total, model.Count(first), model.Count(second));
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
