using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DongDa.Search.Querying;

/// <summary>
/// A loanword of several syllables is written closed, open or hyphenated, with no rule to say which (<c>tivi</c>,
/// <c>ti vi</c>; <c>email</c>, <c>e-mail</c>; <c>laptop</c>, <c>lap top</c>): a query typed in one form also finds the
/// other, when the archive writes the word that way about as often. Letters alone decide nothing, the archive does: the other
/// form must be written by at least <see cref="MinArticles"/> articles, and by at least <see cref="MinShareOfTyped"/> as
/// many as the form typed, so that a word of its own the letters happen to spell is no form of the query's (<c>co le</c>
/// is có lẽ ten times more often than Cole, <c>dai ly</c> đại lý four times more than Daily). Only words typed without marks, none of them a syllable once joined (the
/// analyzer already reads a word with marks written together, <see cref="JoinedSyllableFilter"/>).
/// </summary>
internal static class CompoundForms
{
    /// <summary>Fewer articles writing the other form than this is no evidence that the archive writes the word so.</summary>
    internal const int MinArticles = 5;

    /// <summary>
    /// The share of the form typed's articles the other form must have (<c>sapa</c> 35, <c>sa pa</c> 44; <c>email</c> 328,
    /// <c>e-mail</c> 674).
    /// </summary>
    private const double MinShareOfTyped = 0.5;

    /// <summary>The shortest word looked for written open: shorter ones are abbreviations and codes (<c>vtv</c>, <c>gdp</c>).</summary>
    private const int MinOpenLength = 4;

    /// <summary>
    /// The closed form of two consecutive words typed without marks (<c>ti vi</c> → <c>tivi</c>): their letters as one
    /// word, which is no Vietnamese syllable, written so by at least <see cref="MinArticles"/> articles and by at least
    /// <see cref="MinShareOfTyped"/> as many as write the two side by side in any reading; null otherwise. <paramref name="joined"/> is the two words'
    /// typed letters run together, analyzed as the query is.
    /// </summary>
    public static NameForm? Closed(QueryWord first, QueryWord second, IReadOnlyList<QueryWord> joined, TermLookup lookup)
    {
        if (first.IsExact || second.IsExact || joined is not [{ IsExact: false } word] || !IsLetters(first.Key) || !IsLetters(second.Key)
            || VietnameseSyllable.IsValidFolded(word.Key))
        {
            return null;
        }
        var closed = ArticlesWriting(word.Key, lookup);
        var apart = lookup.Find(ArticleFields.Pairs, SyllablePairFilter.Key(first.FoldedKey, second.FoldedKey)).DocFreq;
        return closed >= MinArticles && closed >= MinShareOfTyped * apart ? new NameForm([word.Key], NeedsDot: false, IsAbbreviation: false) : null;
    }

    /// <summary>
    /// The open form of one word typed without marks that is no syllable (<c>email</c> → <c>e mail</c>, as the archive
    /// writes <c>e-mail</c>): the split of its letters into two words that at least <see cref="MinArticles"/> articles,
    /// and at least <see cref="MinShareOfTyped"/> as many as write the word closed, write side by side without marks; the most written when several
    /// are; null when there is none.
    /// <paramref name="analyze"/> keys a piece of text as the query is.
    /// </summary>
    public static NameForm? Open(QueryWord word, string typed, Func<string, IReadOnlyList<QueryWord>> analyze, TermLookup lookup, IndexReader reader)
    {
        if (word.IsExact || typed.Length < MinOpenLength || !typed.All(char.IsAsciiLetter) || VietnameseSyllable.IsValidFolded(typed))
        {
            return null;
        }
        NameForm? best = null;
        var bestArticles = (int)Math.Ceiling(Math.Max(MinArticles, MinShareOfTyped * ArticlesWriting(word.Key, lookup))) - 1;
        IndexSearcher? searcher = null;
        for (var cut = 1; cut < typed.Length; cut++)
        {
            if (analyze(typed[..cut]) is not [{ IsExact: false } left] || analyze(typed[cut..]) is not [{ IsExact: false } right])
            {
                continue;
            }
            // Written without marks: the words' unmarked exact keys, so that lap top is never lập tốp.
            string[] keys = [VietnameseAnalyzer.UnmarkedExactPrefix + left.Key, VietnameseAnalyzer.UnmarkedExactPrefix + right.Key];
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
                best = new NameForm([left.Key, right.Key], NeedsDot: false, IsAbbreviation: false) { SearchKeys = keys };
            }
        }
        return best;
    }

    /// <summary>Articles whose body holds the key.</summary>
    private static int ArticlesWriting(string key, TermLookup lookup) => lookup.Find(ArticleFields.Body, key).DocFreq;

    private static bool IsLetters(string key) => key.Length > 0 && key.All(char.IsAsciiLetterLower);
}
