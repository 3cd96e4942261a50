using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using DongDa.Search.Typing;
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
    /// or, for a loanword written closed with marks, its syllables apart with the same letters (<see cref="MarkedOpen"/>);
    /// the most written when several are; null when there is none.
    /// </summary>
    public static NameForm? Open(QueryWord word, string typed, TermLookup lookup, IndexReader reader, SyllableModel? model)
    {
        typed = typed.Normalize(NormalizationForm.FormC);
        if (typed.Length < MinOpenLength || !IsLetters(typed) || VietnameseSyllable.IsValidFolded(typed))
        {
            return null;
        }
        var (best, bestArticles) = MarkedOpen(word, lookup, reader, model);
        bestArticles = Math.Max(bestArticles, (int)Math.Ceiling(Math.Max(MinArticles, MinShareOfTyped * ArticlesWriting(word.Key, lookup))) - 1);
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

    /// <summary>
    /// A loanword the archive writes closed with marks is the same word as its syllables written apart with those letters
    /// (<c>văcxin</c>, <c>vắc xin</c>, <c>vắc-xin</c>; <c>kiốt</c>, <c>ki-ốt</c>); a part that is no syllable alone takes a
    /// tone that makes it one (văc: a stop final needs sắc or nặng). The closed spellings are the word typed with marks,
    /// or, typed bare, the ones with marks the archive writes (<paramref name="model"/>'s readings of its letters): the
    /// letters decide, not the counts, so a native pair the bare letters also spell is never the word (<c>dola</c> as
    /// đôla is đô la, never đó là). Of the splits at least <see cref="MinArticles"/> articles write apart, the most written
    /// and its articles; null and the threshold when there is none.
    /// </summary>
    private static (NameForm? Form, int Articles) MarkedOpen(QueryWord word, TermLookup lookup, IndexReader reader, SyllableModel? model)
    {
        var best = (Form: (NameForm?)null, Articles: MinArticles - 1);
        IEnumerable<string> closedSpellings = word.IsExact ? [word.Key]
            : model?.Readings(word.FoldedKey).Select(r => r.Text).Where(t => VietnameseLetters.HasMarks(t)) ?? [];
        IndexSearcher? searcher = null;
        foreach (var closed in closedSpellings)
        {
            for (var cut = 1; cut < closed.Length; cut++)
            {
                foreach (var left in SyllablesSpelt(closed[..cut]))
                {
                    foreach (var right in SyllablesSpelt(closed[cut..]))
                    {
                        string[] keys = [QueryWord.KeyWrittenAs(left), QueryWord.KeyWrittenAs(right)];
                        if (keys.Any(k => lookup.Find(ArticleFields.Body, k).DocFreq <= best.Articles))
                        {
                            continue;
                        }
                        var counter = new TotalHitCountCollector();
                        (searcher ??= new IndexSearcher(reader)).Search(new KeptPhraseQuery(ArticleFields.Body, keys), counter);
                        if (counter.TotalHits > best.Articles)
                        {
                            best = (new NameForm([left, right], NeedsDot: false, IsAbbreviation: false) { SearchKeys = keys }, counter.TotalHits);
                        }
                    }
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The syllables <paramref name="part"/> of a closed word spells (analyzer keys): itself when it is one; when it has no
    /// tone mark and is none (<c>văc</c>), each tone that makes it one (<c>vắc</c>, <c>vặc</c>); none otherwise.
    /// </summary>
    private static HashSet<string> SyllablesSpelt(string part)
    {
        var spelt = new HashSet<string>(StringComparer.Ordinal);
        if (VietnameseSyllable.IsValid(part))
        {
            spelt.Add(part);
            return spelt;
        }
        if (part.Any(c => VietnameseLetters.WithoutTone(c) != c))
        {
            return spelt;
        }
        for (var i = 0; i < part.Length; i++)
        {
            if (!VietnameseLetters.IsVowelBase(part[i]))
            {
                continue;
            }
            foreach (var tone in VietnameseLetters.Tones.Skip(1))
            {
                var toned = string.Concat(part.AsSpan(0, i), VietnameseLetters.Compose(part[i], tone).ToString(), part.AsSpan(i + 1));
                if (VietnameseSyllable.IsValid(toned))
                {
                    spelt.Add(VietnameseSyllable.Key(toned));
                }
            }
        }
        return spelt;
    }

    /// <summary>Articles whose body holds the key.</summary>
    private static int ArticlesWriting(string key, TermLookup lookup) => lookup.Find(ArticleFields.Body, key).DocFreq;

    /// <summary>Letters only (NFC), no digit or sign: what a loanword is made of.</summary>
    private static bool IsLetters(string typed) => typed.Length > 0 && typed.All(char.IsLetter);
}
