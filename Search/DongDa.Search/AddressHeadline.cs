using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using DongDa.Search.Typing;

namespace DongDa.Search;

/// <summary>
/// The headline a news site writes into an article's web address
/// (<c>…/cong-tac-dan-van-o-phuong-lang-ha-20210426113032825.htm</c>), for articles that came without one, as most Dân
/// trí reports of 2019-21 did: the words of the address's last part, without accents.
/// </summary>
public static class AddressHeadline
{
    /// <summary>Fewest words that make a headline (fewer is a section name or a page: <c>index</c>, <c>tin-moi</c>).</summary>
    private const int MinimumWords = 3;

    /// <summary>Shortest run of digits at the end taken for the site's article number rather than a word of the headline.</summary>
    private const int ArticleNumberDigits = 5;

    /// <summary>
    /// The headline words in <paramref name="url"/>, lower case, without accents (<c>cong tac dan van o phuong lang
    /// ha</c>), or null when its last part is no headline: fewer than three words, or mostly words that no Vietnamese
    /// syllable spells (an English slug, an id).
    /// </summary>
    public static string? Words(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        if (dot > 0 && last[(dot + 1)..].All(char.IsAsciiLetter))
        {
            last = last[..dot];
        }
        var words = last.ToLowerInvariant().Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[^1].Length >= ArticleNumberDigits && words[^1].All(char.IsAsciiDigit))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words.Count >= MinimumWords
            && words.TrueForAll(w => w.All(char.IsAsciiLetterOrDigit))
            && words.Count(VietnameseSyllable.IsValidFolded) * 2 > words.Count
            ? string.Join(' ', words)
            : null;
    }

    /// <summary>
    /// The headline in <paramref name="url"/> read with accents by <paramref name="restore"/> (the archive's accent
    /// restoration, <see cref="IArticleSearcher.Restore"/>), first letter capitalised; null when the address holds none.
    /// With <paramref name="articleText"/> (the article's lead and text), two neighbouring words the article itself
    /// writes are read as it writes them most often, in the capitals it gives them inside its sentences: a headline's
    /// words are the article's, and the article knows <c>khí có hại</c> where the archive as a whole would say <c>khí có
    /// hai</c>, and <c>Trung Quốc</c>. Without the article's text, names stay lower case: the address
    /// does not say which words are names.
    /// </summary>
    public static string? Read(string? url, Func<string, string> restore, string? articleText = null)
    {
        ArgumentNullException.ThrowIfNull(restore);
        if (Words(url) is not { } words)
        {
            return null;
        }
        var reading = restore(words);
        if (!string.IsNullOrEmpty(articleText))
        {
            reading = AsTheArticleWrites(reading, articleText);
        }
        return reading.Length == 0 ? null : char.ToUpperInvariant(reading[0]) + reading[1..];
    }

    /// <summary>
    /// For an <paramref name="article"/> without a headline, the one its address spells, read by <paramref
    /// name="restore"/> against the article's own text (<see cref="Read(string?, Func{string, string}, string?)"/>);
    /// null for an article with a headline, or one whose address spells none.
    /// </summary>
    public static string? Read(Article article, Func<string, string> restore)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Title.Length > 0 ? null : Read(article.Url, restore, ArticleText.Of(article));
    }

    /// <summary>
    /// <paramref name="reading"/> with every pair of neighbouring words that <paramref name="text"/> writes taken as it
    /// writes them most often, in the capitals it gives them inside a sentence (<c>Trung Quốc</c>; a sentence's first
    /// word says nothing about names).
    /// </summary>
    private static string AsTheArticleWrites(string reading, string text)
    {
        var counts = new Dictionary<(string First, string Second), int>();
        var midSentence = new Dictionary<(string First, string Second), Dictionary<(string First, string Second), int>>();
        var words = LetterRuns.Of(text.Normalize(System.Text.NormalizationForm.FormC));
        for (var i = 1; i < words.Count; i++)
        {
            var (first, second) = (words[i - 1], words[i]);
            if (!second.AfterBreak)
            {
                var pair = (first.Text.ToLowerInvariant(), second.Text.ToLowerInvariant());
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
                if (!first.AfterBreak)
                {
                    var forms = midSentence.TryGetValue(pair, out var known) ? known : midSentence[pair] = [];
                    forms[(first.Text, second.Text)] = forms.GetValueOrDefault((first.Text, second.Text)) + 1;
                }
            }
        }
        var written = new Dictionary<string, ((string First, string Second) Pair, int Count)>(StringComparer.Ordinal);
        foreach (var (pair, count) in counts)
        {
            var key = Key(pair.First, pair.Second);
            if (!written.TryGetValue(key, out var best) || count > best.Count)
            {
                written[key] = (midSentence.TryGetValue(pair, out var forms) ? forms.MaxBy(f => f.Value).Key : pair, count);
            }
        }
        var parts = reading.Split(' ');
        var taken = new bool[parts.Length];
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            if (written.TryGetValue(Key(parts[i], parts[i + 1]), out var best))
            {
                // A word shared by two pairs keeps the reading of the first, and a capital from either (phường Láng Hạ).
                parts[i] = !taken[i] || (char.IsUpper(best.Pair.First[0]) && string.Equals(parts[i], best.Pair.First, StringComparison.OrdinalIgnoreCase))
                    ? best.Pair.First
                    : parts[i];
                parts[i + 1] = best.Pair.Second;
                taken[i] = taken[i + 1] = true;
            }
        }
        return string.Join(' ', parts);
    }

    private static string Key(string first, string second) => VietnameseText.Fold(first.ToLowerInvariant()) + " " + VietnameseText.Fold(second.ToLowerInvariant());
}
