using DongDa.Search.Analyzers;

namespace DongDa.Search.Places;

/// <summary>A word of a text: letters and digits, where it is, folded, and whether a full stop follows it (<c>P.</c>).</summary>
internal readonly record struct PlaceWord(string Text, string Folded, int Start, int End, bool Dotted);

/// <summary>Splits names and queries into words and recognizes the kind words that make a name a place name.</summary>
internal static class PlaceWords
{
    /// <summary>
    /// Kind words, folded, with the kind they mean. Abbreviations count only with their full stop (<c>P. Láng Hạ</c>,
    /// <c>Q.Đống Đa</c>): a bare <c>p</c> or <c>q</c> is too often something else.
    /// </summary>
    private static readonly (string[] Words, bool NeedsDot, string Kind)[] Kinds =
    [
        (["phuong"], false, "phường"),
        (["p"], true, "phường"),
        (["quan"], false, "quận"),
        (["q"], true, "quận"),
        (["xa"], false, "xã"),
        (["huyen"], false, "huyện"),
        (["h"], true, "huyện"),
        (["thi", "tran"], false, "thị trấn"),
        (["tt"], true, "thị trấn"),
        (["thi", "xa"], false, "thị xã"),
        (["tx"], true, "thị xã"),
    ];

    /// <summary>
    /// The ways <paramref name="kind"/> is written before a name: the word itself and its abbreviations with their full
    /// stop (<c>quận</c>, <c>Q.</c>).
    /// </summary>
    public static IEnumerable<string> Spellings(string kind)
        => Kinds.Where(k => k.Kind == kind).Select(k => k.NeedsDot ? string.Concat(k.Words).ToUpperInvariant() + "." : kind).Distinct(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<PlaceWord> Split(string text)
    {
        var words = new List<PlaceWord>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                words.Add(new PlaceWord(word, VietnameseText.Fold(word.ToLowerInvariant()), start, i, i < text.Length && text[i] == '.'));
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// How many words from <paramref name="index"/> form a kind word (0 when none), and the kind. An accented kind word
    /// must be spelled right (<c>xã</c>, not <c>xa</c> "far"); one typed without accents is read as the kind.
    /// </summary>
    public static int KindAt(IReadOnlyList<PlaceWord> words, int index, out string? kind)
    {
        foreach (var (kindWords, needsDot, meaning) in Kinds.OrderByDescending(k => k.Words.Length))
        {
            if (index + kindWords.Length > words.Count)
            {
                continue;
            }
            var matches = true;
            for (var k = 0; k < kindWords.Length && matches; k++)
            {
                var word = words[index + k];
                matches = word.Folded == kindWords[k]
                    && (!VietnameseText.HasDiacritics(word.Text) || word.Text.ToLowerInvariant() == meaning.Split(' ')[k]);
            }
            if (matches && needsDot && !words[index + kindWords.Length - 1].Dotted)
            {
                matches = false;
            }
            if (matches)
            {
                kind = meaning;
                return kindWords.Length;
            }
        }
        kind = null;
        return 0;
    }
}
