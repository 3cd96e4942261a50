using System.Text;

namespace DongDa.Search.Analyzers;

/// <summary>Whole-string helpers that apply the analyzer's rules outside a token stream.</summary>
public static class VietnameseText
{
    /// <summary>
    /// The folded key of a whole string: NFC, Đ look-alikes mapped, invisible characters dropped, lower case, every mark
    /// removed and đ → d, white space collapsed ("  Văn  hoá " → "van hoa"). Use it for exact-value filters.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = VietnameseCharNormalizer.Normalize(text);
        var sb = new StringBuilder(normalized.Length);
        var space = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(VietnameseLetters.Fold(char.ToLowerInvariant(c)));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The key of an exact value (category, author) that filters match, on the index and the query side alike:
    /// <see cref="Fold"/>, then the analyzer's i/y rule per word, so <c>kĩ thuật</c> finds <c>Kỹ thuật</c>
    /// ("ki thuat" both).
    /// </summary>
    public static string FilterKey(string text)
    {
        var folded = Fold(text).ToCharArray();
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i == folded.Length || folded[i] == ' ')
            {
                SpellingVariantNormalizer.Normalize(folded.AsSpan(start, i - start));
                start = i + 1;
            }
        }
        return new string(folded);
    }

    /// <summary>
    /// True when <paramref name="key"/> (a term the analyzer made) is of the exact tier: it holds a letter with a mark,
    /// or is the marked exact key of an unmarked word (<see cref="VietnameseAnalyzer.UnmarkedExactPrefix"/>). Folded keys
    /// never hold a mark: the one test of the tiers, for the analyzer and for the query builder.
    /// </summary>
    public static bool IsExactKey(ReadOnlySpan<char> key)
        => (key.Length > 0 && key[0] == VietnameseAnalyzer.UnmarkedExactPrefix) || VietnameseLetters.HasMarks(key);

    /// <summary>True when <paramref name="text"/> has a letter with a mark (any tone, ă â ê ô ơ ư, đ), in NFC or NFD.</summary>
    public static bool HasDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return VietnameseLetters.HasMarks(VietnameseCharNormalizer.Normalize(text));
    }
}
