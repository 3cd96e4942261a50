using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DongDa.Search.Querying;

/// <summary>
/// A loanword of several syllables is written closed, open or hyphenated, with no rule to say which (<c>tivi</c>,
/// <c>ti vi</c>; <c>email</c>, <c>e-mail</c>; <c>kiốt</c>, <c>ki-ốt</c>): a query typed in one form also finds the other,
/// when the archive writes the word that way about as often. Letters alone decide nothing, the archive does: the other
/// form must be written by at least <see cref="MinArticles"/> articles, and by at least <see cref="MinShareOfTyped"/> as
/// many as the form typed, so that a word of its own the letters happen to spell is no form of the query's (<c>co le</c>
/// is có lẽ ten times more often than Cole, <c>dai ly</c> đại lý four times more than Daily). Only words that are no
/// syllable once joined, so that two Vietnamese words are never read as one. A form is looked for as typed: with the
/// marks typed (<c>ki ốt</c>: <c>kiốt</c>), or without marks, where a bare closed form matches any marks (<c>ki ot</c>:
/// <c>kiốt</c>) and a bare open form only words written bare (<c>lap top</c> is never lập tốp).
/// </summary>
internal static class CompoundForms
{
    /// <summary>Fewer articles writing the other form than this is no evidence that the archive writes the word so.</summary>
    private const int MinArticles = 5;

    /// <summary>
    /// The share of the form typed's articles the other form must have (<c>sapa</c> 35, <c>sa pa</c> 44; <c>email</c> 328,
    /// <c>e-mail</c> 674).
    /// </summary>
    private const double MinShareOfTyped = 0.5;

    /// <summary>The shortest word looked for written open: shorter ones are abbreviations and codes (<c>vtv</c>, <c>gdp</c>).</summary>
    private const int MinOpenLength = 4;

    /// <summary>
    /// The closed form of two consecutive words (<c>ti vi</c> → <c>tivi</c>, <c>ki ốt</c> → <c>kiốt</c>): their letters as
    /// one word, which is no Vietnamese syllable, written so by at least <see cref="MinArticles"/> articles and by at least
    /// <see cref="MinShareOfTyped"/> as many as write the two side by side in any reading; null otherwise.
    /// <paramref name="typed"/> is the two words as typed, run together.
    /// </summary>
    public static NameForm? Closed(QueryWord first, QueryWord second, string typed, TermLookup lookup)
    {
        typed = typed.Normalize(NormalizationForm.FormC);
        if (!IsLetters(typed) || VietnameseSyllable.IsValidFolded(typed))
        {
            return null;
        }
        var key = VietnameseSyllable.Key(typed);
        var closed = ArticlesWriting(key, lookup);
        if (closed < MinArticles)
        {
            return null;
        }
        var apart = lookup.Find(ArticleFields.Pairs, SyllablePairFilter.Key(first.FoldedKey, second.FoldedKey)).DocFreq;
        return closed >= MinShareOfTyped * apart ? new NameForm([key], NeedsDot: false, IsAbbreviation: false) : null;
    }

    /// <summary>
    /// The open form of one word that is no syllable (<c>email</c> → <c>e mail</c>, as the archive writes <c>e-mail</c>;
    /// <c>kiốt</c> → <c>ki ốt</c>): the split of its letters into two words that at least <see cref="MinArticles"/>
    /// articles, and at least <see cref="MinShareOfTyped"/> as many as write the word closed, write side by side as typed;
    /// the most written when several are; null when there is none.
    /// </summary>
    public static NameForm? Open(QueryWord word, string typed, TermLookup lookup, IndexReader reader)
    {
        typed = typed.Normalize(NormalizationForm.FormC);
        if (typed.Length < MinOpenLength || !IsLetters(typed) || VietnameseSyllable.IsValidFolded(typed))
        {
            return null;
        }
        NameForm? best = null;
        var bestArticles = (int)Math.Ceiling(Math.Max(MinArticles, MinShareOfTyped * ArticlesWriting(word.Key, lookup))) - 1;
        IndexSearcher? searcher = null;
        for (var cut = 1; cut < typed.Length; cut++)
        {
            // Keyed as the analyzer keys a word (lower case, one i/y: ky is ki).
            var (left, right) = (VietnameseSyllable.Key(typed[..cut]), VietnameseSyllable.Key(typed[cut..]));
            string[] keys = [QueryWord.KeyWrittenAs(left), QueryWord.KeyWrittenAs(right)];
            if (keys.Any(k => lookup.Find(ArticleFields.Body, k).DocFreq <= bestArticles))
            {
                continue;
            }
            // A kept phrase: the search that follows asks for the same one and finds it kept.
            var counter = new TotalHitCountCollector();
            (searcher ??= new IndexSearcher(reader)).Search(new KeptPhraseQuery(ArticleFields.Body, keys), counter);
            if (counter.TotalHits > bestArticles)
            {
                bestArticles = counter.TotalHits;
                best = new NameForm([left, right], NeedsDot: false, IsAbbreviation: false) { SearchKeys = keys };
            }
        }
        return best;
    }

    /// <summary>Articles whose body holds the key.</summary>
    private static int ArticlesWriting(string key, TermLookup lookup) => lookup.Find(ArticleFields.Body, key).DocFreq;

    /// <summary>Letters only (NFC), no digit or sign: what a loanword is made of.</summary>
    private static bool IsLetters(string typed) => typed.Length > 0 && typed.All(char.IsLetter);
}
