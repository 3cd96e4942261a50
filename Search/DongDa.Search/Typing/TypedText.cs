using System.Globalization;
using System.Text;
using DongDa.Search.Analyzers;

namespace DongDa.Search.Typing;

/// <summary>How a typed word is to be read.</summary>
internal enum WordKind
{
    /// <summary>Not a syllable (a number, a code, a foreign word): kept as typed, and it breaks the chain of pairs.</summary>
    Other,

    /// <summary>Typed with marks: kept as typed.</summary>
    Accented,

    /// <summary>Telex or VNI keystrokes read as the syllable meant.</summary>
    Residue,

    /// <summary>Letters without marks that can be a Vietnamese syllable: the model chooses the marks.</summary>
    Unmarked,

    /// <summary>An English word that is also an unmarked Vietnamese syllable (<c>to</c>, <c>ban</c>, <c>the</c>).</summary>
    Ambiguous,

    /// <summary>An English word that is no Vietnamese syllable (<c>new</c>, <c>box</c>, <c>of</c>).</summary>
    English,
}

/// <summary>A word of a typed text, where it is, and what it is taken for.</summary>
/// <param name="Start">Index in the text.</param>
/// <param name="Typed">The word as typed.</param>
/// <param name="Kind">How it is read.</param>
/// <param name="Key">Its key in the analyzer's spelling (lower case, tone style, i/y): for residue, of the syllable read.</param>
/// <param name="Folded">The folded key (<c>dân</c> → <c>dan</c>).</param>
/// <param name="Shown">What the reading shows when the word is not chosen by the model: as typed, or the residue read.</param>
/// <param name="AfterBreak">True when punctuation (or a non-syllable) stands between it and the word before, or it is a
/// non-syllable itself (a number): no pair.</param>
internal sealed record TypedWord(int Start, string Typed, WordKind Kind, string Key, string Folded, string Shown, bool AfterBreak)
{
    /// <summary>This word kept as typed (not read as keystrokes after all).</summary>
    public TypedWord AsTyped()
    {
        var lower = Typed.ToLowerInvariant();
        return this with { Kind = WordKind.Other, Key = lower, Folded = lower, Shown = Typed };
    }

    /// <summary>True for keystrokes read in VNI (digits), false for Telex.</summary>
    public bool IsVni => Typed.Any(char.IsAsciiDigit);

    /// <summary>This word read as the keystrokes of <paramref name="syllable"/>.</summary>
    public TypedWord AsResidue(string syllable)
    {
        var key = VietnameseSyllable.Key(syllable);
        return this with { Kind = WordKind.Residue, Key = key, Folded = VietnameseText.Fold(key), Shown = syllable };
    }
}

/// <summary>Splits typed text into words and classifies them; shows a reading in the case and i/y spelling typed.</summary>
internal static class TypedText
{
    /// <summary>
    /// True when <paramref name="text"/> looks typed with the input method off: some word reads as Telex or VNI keystrokes
    /// (<c>daan</c>, <c>va65n</c>) and none carries marks (where one does, the input method was on, and a word that reads
    /// as keys is rather a name: <c>U2</c>, <c>Hee</c>).
    /// </summary>
    public static bool TypedWithInputMethodOff(string text)
    {
        var words = Words(text);
        return words.Exists(w => w.Kind == WordKind.Residue) && !words.Exists(w => w.Kind == WordKind.Accented);
    }

    /// <summary>The words of <paramref name="text"/> in order.</summary>
    public static List<TypedWord> Words(string text)
    {
        var words = new List<TypedWord>();
        // In text with lower case, a word in capitals is an abbreviation (UBND, IMF, COM), not a syllable.
        var mixedCase = text.Any(char.IsLower);
        var broken = true;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    broken = true;
                }
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            var word = Classify(start, text[start..i], broken, mixedCase);
            // Like the pairs field: a number or an overlong run of letters breaks the chain on both sides (no pair into
            // it either, or a frequent reading before it would pay for every pair it never forms), a foreign word does not.
            var breaks = word.Kind == WordKind.Other && !(word.Typed.All(char.IsLetter) && SyllablePairFilter.CanPair(word.Typed));
            words.Add(breaks ? word with { AfterBreak = true } : word);
            broken = breaks;
        }
        return words;
    }

    /// <summary>
    /// Foreign (English) when some word is a word of letters that no Vietnamese syllable spells and no word is only
    /// Vietnamese (an unmarked syllable that is no English word, a word typed with marks, or keystroke residue):
    /// <c>go to the bank</c> stays as typed, <c>laptop gia re</c> is read. An abbreviation read with its đ is no sign of
    /// a foreign text (<c>HDND</c>).
    /// </summary>
    public static bool IsForeign(List<TypedWord> words)
        => words.Any(w => w.Kind == WordKind.English || (w.Kind == WordKind.Other && w.Typed.All(char.IsLetter) && w.Shown == w.Typed))
           && !words.Any(w => w.Kind is WordKind.Unmarked or WordKind.Accented or WordKind.Residue);

    /// <summary>
    /// <paramref name="reading"/> (analyzer spelling, same letters as <paramref name="typed"/> folded) written the way the
    /// user typed: upper case where they typed upper case, y where they typed y (<c>Ky</c> + <c>kĩ</c> → <c>Kỹ</c>).
    /// </summary>
    public static string Show(string typed, string reading)
    {
        if (typed.Length != reading.Length)
        {
            return reading;
        }
        var sb = new StringBuilder(reading.Length);
        for (var k = 0; k < reading.Length; k++)
        {
            var c = reading[k];
            var t = typed[k];
            if (char.ToLowerInvariant(t) == 'y' && VietnameseText.Fold(c.ToString()) == "i")
            {
                c = Respell(c, 'y');
            }
            sb.Append(char.IsUpper(t) ? char.ToUpperInvariant(c) : c);
        }
        return sb.ToString();
    }

    private static WordKind KindOf(string lower, out string key, out string shown, string typed)
    {
        key = lower;
        shown = typed;
        if (lower.Any(c => !char.IsAsciiLetter(c) && !char.IsAsciiDigit(c)))
        {
            if (!VietnameseText.HasDiacritics(lower))
            {
                return WordKind.Other;
            }
            key = VietnameseSyllable.Key(typed);
            // A horn left off is shown put back, as it was searched (ngưòi: người).
            shown = VietnameseSyllable.WithHornsRestored(typed);
            return WordKind.Accented;
        }
        var english = EnglishWords.Contains(lower);
        if (VietnameseSyllable.IsValidFolded(lower))
        {
            key = VietnameseSyllable.Key(lower);
            return english ? WordKind.Ambiguous : WordKind.Unmarked;
        }
        if (!english && KeystrokeResidue.TryRead(typed, out var syllable))
        {
            key = VietnameseSyllable.Key(syllable);
            shown = syllable;
            return WordKind.Residue;
        }
        return english ? WordKind.English : WordKind.Other;
    }

    private static TypedWord Classify(int start, string typed, bool afterBreak, bool mixedCase)
    {
        var lower = typed.ToLowerInvariant();
        if (mixedCase && IsAbbreviation(typed))
        {
            return new TypedWord(start, typed, WordKind.Other, lower, VietnameseText.Fold(lower), typed, afterBreak);
        }
        var kind = KindOf(lower, out var key, out var shown, typed);
        return new TypedWord(start, typed, kind, key, VietnameseText.Fold(key), shown, afterBreak);
    }

    /// <summary>
    /// An abbreviation typed with Telex or VNI keys (<c>HDDND</c>, <c>HD9ND</c> → <c>HĐND</c>), or null: in capitals without
    /// vowels, DD and D9 can only be Đ. Only for text typed with keys (<c>DDR RAM</c> in other text is DDR).
    /// </summary>
    public static string? AbbreviationKeys(string typed)
    {
        if (!IsAbbreviation(typed) || typed.Any(IsVowelLetter))
        {
            return null;
        }
        var read = typed.Replace("DD", "Đ", StringComparison.Ordinal).Replace("D9", "Đ", StringComparison.Ordinal);
        return read == typed ? null : read;
    }

    /// <summary>A word in capitals (digits allowed), two characters or more: <c>UBND</c>, <c>H5N1</c>.</summary>
    public static bool IsAbbreviation(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && word.Any(char.IsLetter);

    private static bool IsVowelLetter(char c) => "AEIOUYaeiouy".Contains(VietnameseText.Fold(c.ToString())[0], StringComparison.Ordinal);

    private static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary><paramref name="c"/> with its base letter replaced by <paramref name="letter"/>, marks kept.</summary>
    private static char Respell(char c, char letter)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var respelled = (letter + decomposed[1..]).Normalize(NormalizationForm.FormC);
        return respelled.Length == 1 ? respelled[0] : c;
    }
}
