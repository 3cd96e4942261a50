using System.Globalization;
using System.Text;

namespace DongDa.Search.Eval;

/// <summary>The six spellings of a query a Vietnamese user produces for the same words.</summary>
internal static class QueryVariants
{
    /// <summary>Variant names, in table order.</summary>
    public static readonly string[] Names = ["accented", "no-accents", "half-accented", "nfd", "other-tone-style", "upper-case"];

    /// <summary>The query <paramref name="text"/> written as <paramref name="variant"/>.</summary>
    public static string Make(string text, string variant) => variant switch
    {
        "accented" => text.Normalize(NormalizationForm.FormC),
        "no-accents" => RemoveMarks(text),
        "half-accented" => HalfAccented(text),
        "nfd" => text.Normalize(NormalizationForm.FormD),
        "other-tone-style" => OtherToneStyle(text),
        "upper-case" => text.Normalize(NormalizationForm.FormC).ToUpperInvariant(),
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown variant"),
    };

    /// <summary>Every mark removed, đ → d, case kept.</summary>
    public static string RemoveMarks(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Accents dropped from every other word (the 2nd, 4th, …), as a hurried typist does.</summary>
    public static string HalfAccented(string text)
    {
        var words = text.Normalize(NormalizationForm.FormC).Split(' ');
        for (var i = 1; i < words.Length; i += 2)
        {
            words[i] = RemoveMarks(words[i]);
        }
        return string.Join(' ', words);
    }

    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>
    /// The other tone placement in open syllables ending oa, oe, uy: "hòa" ↔ "hoà", "khỏe" ↔ "khoẻ", "thủy" ↔ "thuỷ"
    /// ("qu" + y keeps its mark: u belongs to the consonant).
    /// </summary>
    public static string OtherToneStyle(string text)
    {
        var words = text.Normalize(NormalizationForm.FormC).Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = SwapTone(words[i]);
        }
        return string.Join(' ', words);
    }

    private static string SwapTone(string word)
    {
        // Work on the letters of the word (punctuation around it stays where it is).
        var end = word.Length;
        while (end > 0 && !char.IsLetter(word[end - 1]))
        {
            end--;
        }
        var decomposed = word[..end].Normalize(NormalizationForm.FormD);
        // Base letters with the marks following each.
        var letters = new List<(char Base, string Marks)>();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && letters.Count > 0)
            {
                letters[^1] = (letters[^1].Base, letters[^1].Marks + c);
            }
            else
            {
                letters.Add((c, ""));
            }
        }
        if (letters.Count < 2)
        {
            return word;
        }
        var first = letters[^2];
        var second = letters[^1];
        var pair = char.ToLowerInvariant(first.Base).ToString() + char.ToLowerInvariant(second.Base);
        if (pair is not ("oa" or "oe" or "uy"))
        {
            return word;
        }
        if (pair == "uy" && letters.Count >= 3 && char.ToLowerInvariant(letters[^3].Base) == 'q')
        {
            return word;
        }
        var firstTone = first.Marks.Where(m => ToneMarks.Contains(m)).ToList();
        var secondTone = second.Marks.Where(m => ToneMarks.Contains(m)).ToList();
        var firstShape = first.Marks.Where(m => !ToneMarks.Contains(m));
        var secondShape = second.Marks.Where(m => !ToneMarks.Contains(m));
        if (firstShape.Any() || secondShape.Any() || firstTone.Count + secondTone.Count != 1)
        {
            return word;
        }
        var tone = firstTone.Count == 1 ? firstTone[0] : secondTone[0];
        letters[^2] = (first.Base, firstTone.Count == 1 ? "" : tone.ToString());
        letters[^1] = (second.Base, firstTone.Count == 1 ? tone.ToString() : "");
        var sb = new StringBuilder();
        foreach (var (letter, marks) in letters)
        {
            sb.Append(letter).Append(marks);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC) + word[end..];
    }
}
