using System.Text;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Whether a word is a well-formed Vietnamese syllable by the rules of the orthography: an optional initial consonant,
/// a rhyme from the closed set of Vietnamese rhymes, at most one tone, and the spelling rules (k/gh/ngh only before
/// e ê i y, c/g/ng never before them; a rhyme closed by c ch p t takes only the sắc or nặng tone).
/// </summary>
/// <remarks>
/// A structure check rather than a list: it accepts every syllable the language can spell, including names and rare
/// words no list holds, and rejects English words and keystroke residue (<c>daan</c>, <c>thanhf</c>), which is what the
/// typing aids need to tell apart.
/// </remarks>
public static class VietnameseSyllables
{
    // Longest first, so "ngh" wins over "ng" and "ch" over "c".
    private static readonly string[] Initials =
    [
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];

    // Toneless rhymes (medial + nucleus + final) of standard orthography.
    private static readonly string[] RhymeList =
    [
        "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "âu", "ay", "ây", "eo", "êu", "ia", "iu", "iêu", "oa", "oai", "oao", "oay", "oe", "oeo",
        "oi", "ôi", "ơi", "ua", "uê", "ui", "uy", "uya", "uyu", "ưa", "ưi", "ưu", "ươi", "ươu", "uôi", "yêu", "uơ", "uây",
        "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât",
        "ec", "em", "en", "eng", "ep", "et",
        "êch", "êm", "ên", "ênh", "êp", "êt",
        "ich", "im", "in", "inh", "ip", "it",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt",
        "yêm", "yên", "yêng", "yêt",
        "oc", "om", "on", "ong", "op", "ot", "ooc", "oong",
        "ôc", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơc", "ơm", "ơn", "ơp", "ơt",
        "uc", "um", "un", "ung", "up", "ut",
        "uôc", "uôm", "uôn", "uông", "uôt",
        "ưc", "ưm", "ưn", "ưng", "ưt",
        "ươc", "ươm", "ươn", "ương", "ươp", "ươt",
        "oac", "oach", "oam", "oan", "oang", "oanh", "oap", "oat",
        "oăc", "oăm", "oăn", "oăng", "oăt",
        "oem", "oen", "oet", "oeng",
        "uân", "uâng", "uât",
        "uêch", "uênh",
        "uych", "uynh", "uyt", "uyn", "uyp",
        "uyên", "uyêt",
    ];

    private static readonly HashSet<string> Rhymes = new(RhymeList, StringComparer.Ordinal);

    // The same rhymes with their shape marks removed: what a word typed without any mark can stand for.
    private static readonly HashSet<string> FoldedRhymes = new(RhymeList.Select(FoldLetters), StringComparer.Ordinal);

    /// <summary>The longest syllable: <c>nghiêng</c>, <c>nghiệng</c>.</summary>
    public const int MaxLength = 7;

    /// <summary>True when <paramref name="word"/> (any case, NFC) is a well-formed Vietnamese syllable as written.</summary>
    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }
        Span<char> toneless = stackalloc char[word.Length];
        var tone = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var t = VietnameseLetters.Tone(c);
            if (t != 0)
            {
                if (tone != 0)
                {
                    return false;
                }
                tone = t;
            }
            c = VietnameseLetters.WithoutTone(c);
            if (!VietnameseLetters.IsVowel(c) && !VietnameseLetters.IsConsonant(c))
            {
                return false;
            }
            toneless[i] = c;
        }
        return IsValidToneless(toneless.ToString(), tone, Rhymes);
    }

    /// <summary>
    /// True when <paramref name="word"/>, read as typed without marks (<c>nguoi</c>, <c>duoc</c>), is the folded form of a
    /// well-formed syllable: some placement of marks and tone makes it one. A word with marks is checked as written.
    /// </summary>
    public static bool IsValidFolded(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }
        if (VietnameseLetters.HasMarks(word))
        {
            return IsValid(word);
        }
        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(word[i]);
            if (lower[i] is < 'a' or > 'z')
            {
                return false;
            }
        }
        return IsValidToneless(lower.ToString(), -1, FoldedRhymes);
    }

    /// <summary>
    /// The spelling the analyzer keys <paramref name="word"/> by: NFC, lower case, one tone placement, one i/y
    /// (<c>Hoà</c> → <c>hòa</c>, <c>Lý</c> → <c>lí</c>). Its folded form is <see cref="VietnameseText.Fold"/> of the result.
    /// </summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var chars = VietnameseCharNormalizer.Normalize(word).ToLowerInvariant().ToCharArray();
        ToneMarkNormalizer.Normalize(chars);
        SpellingVariantNormalizer.Normalize(chars);
        return new string(chars);
    }

    private static string FoldLetters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(VietnameseLetters.Fold(c));
        }
        return sb.ToString();
    }

    /// <summary>Checks initial + rhyme; <paramref name="tone"/> -1 means unknown (a folded word), which skips the tone rule.</summary>
    private static bool IsValidToneless(string s, int tone, HashSet<string> rhymes)
    {
        foreach (var initial in Initials)
        {
            if (s.StartsWith(initial, StringComparison.Ordinal) && IsValidAfterInitial(initial, s[initial.Length..], tone, rhymes))
            {
                return true;
            }
        }
        return IsValidRhyme(s, tone, rhymes);
    }

    private static bool IsValidAfterInitial(string initial, string rest, int tone, HashSet<string> rhymes)
    {
        switch (initial)
        {
            case "gi":
                // "gì": the i is both initial and nucleus; "giêng" drops the i of "iêng".
                return rest.Length == 0 || IsValidRhyme(rest, tone, rhymes) || IsValidRhyme("i" + rest, tone, rhymes);
            case "qu":
                return rest.Length > 0 && (IsValidRhyme(rest, tone, rhymes) || IsValidRhyme("u" + rest, tone, rhymes));
        }
        if (rest.Length == 0)
        {
            return false;
        }
        var front = VietnameseLetters.Fold(rest[0]) is 'e' or 'i';
        var spelledRight = initial switch
        {
            "k" => front || rest[0] == 'y',
            "gh" or "ngh" => front,
            "c" or "g" or "ng" => !front && rest[0] != 'y',
            _ => true,
        };
        return spelledRight && IsValidRhyme(rest, tone, rhymes);
    }

    private static bool IsValidRhyme(string rhyme, int tone, HashSet<string> rhymes)
    {
        if (!rhymes.Contains(rhyme))
        {
            return false;
        }
        // Syllables closed by a stop consonant take only the sắc (2) and nặng (5) tones.
        var stop = rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal) || rhyme.EndsWith('p') || rhyme.EndsWith('t');
        return tone < 0 || !stop || tone is 2 or 5;
    }
}
