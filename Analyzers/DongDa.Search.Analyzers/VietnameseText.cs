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

    /// <summary>True when <paramref name="text"/> has a letter with a mark (any tone, ă â ê ô ơ ư, đ), in NFC or NFD.</summary>
    public static bool HasDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return VietnameseLetters.HasMarks(VietnameseCharNormalizer.Normalize(text));
    }
}
