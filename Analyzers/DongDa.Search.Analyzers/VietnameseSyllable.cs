using System.Text;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Decides whether a word is a well-formed Vietnamese syllable by orthographic rules: an optional initial
/// consonant, a rhyme from the closed set of Vietnamese rhymes, at most one tone, and the spelling rules
/// (k/gh/ngh only before front vowels, stop finals take only the acute or dot-below tone).
/// It is a plausibility test, not a dictionary: the legacy-encoding detector scores how Vietnamese a decoding looks
/// with it, and the query side tells an abbreviation typed in lower case (<c>ubnd</c>) from a word (<c>tư</c>).
/// </summary>
public static class VietnameseSyllable
{
    // Tones as VietnameseLetters numbers them: 0 none, 2 sắc (acute), 5 nặng (dot below).
    private const int NoTone = 0;
    private const int Acute = 2;
    private const int DotBelow = 5;

    // Longest first, so "ngh" wins over "ng" and "ch" over "c".
    private static readonly string[] Initials =
    [
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];

    // Toneless rhymes (medial + nucleus + final) of standard orthography.
    private static readonly HashSet<string> Rhymes = new(StringComparer.Ordinal)
    {
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
    };

    // The rhymes with their shape marks removed: what a word typed without any mark can stand for ("nguoi", "duoc").
    private static readonly HashSet<string> FoldedRhymes = new(Rhymes.Select(VietnameseText.Fold), StringComparer.Ordinal);

    // Tone of a word typed without marks: unknown, so the stop-final rule does not apply.
    private const int UnknownTone = -1;

    /// <summary>
    /// True when <paramref name="word"/>, typed without any mark (<c>nguoi</c>, <c>duoc</c>, <c>dan</c>), is the folded
    /// form of a well-formed syllable: some placement of marks and tone makes it one. A word with marks is checked as written.
    /// </summary>
    public static bool IsValidFolded(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (VietnameseText.HasDiacritics(word))
        {
            return IsValid(word);
        }
        var lower = word.ToLowerInvariant();
        return lower.Length is > 0 and <= 7 && lower.All(char.IsAsciiLetterLower) && IsValidToneless(lower, UnknownTone, FoldedRhymes);
    }

    /// <summary>
    /// The spelling the analyzer keys <paramref name="word"/> by: NFC, lower case, both horns of ươ, one tone placement, one i/y
    /// (<c>Hoà</c> → <c>hòa</c>, <c>Lý</c> → <c>lí</c>); its folded key is <see cref="VietnameseText.Fold"/> of it.
    /// </summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var chars = VietnameseCharNormalizer.Normalize(word).ToLowerInvariant().ToCharArray();
        HornSlipNormalizer.Normalize(chars);
        ToneMarkNormalizer.Normalize(chars);
        SpellingVariantNormalizer.Normalize(chars);
        return new string(chars);
    }

    /// <summary>
    /// <paramref name="word"/> (NFC) with the horn of <c>ươ</c> put back where a typist left one off, as the analyzer keys
    /// it (<c>ngưòi</c> → <c>người</c>, <c>Nguời</c> → <c>Người</c>): what to show for what was searched. Case and the
    /// tone's letter as typed; the same string when there is no slip.
    /// </summary>
    public static string WithHornsRestored(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var chars = word.ToLowerInvariant().ToCharArray();
        if (chars.Length != word.Length || !HornSlipNormalizer.Normalize(chars))
        {
            return word;
        }
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }
        return new string(chars);
    }

    /// <summary>True when <paramref name="word"/> (any case, NFC or NFD) is a well-formed Vietnamese syllable.</summary>
    public static bool IsValid(string word)
    {
        if (word.Length == 0 || word.Length > 8)
        {
            return false;
        }
        var toneless = new StringBuilder(word.Length);
        var tone = NoTone;
        foreach (var c in word.Normalize(NormalizationForm.FormC))
        {
            var lower = char.ToLowerInvariant(c);
            if (VietnameseLetters.IsVowel(lower))
            {
                var t = VietnameseLetters.Tone(lower);
                if (t != NoTone)
                {
                    if (tone != NoTone)
                    {
                        return false;
                    }
                    tone = t;
                }
                toneless.Append(VietnameseLetters.WithoutTone(lower));
            }
            else if (lower is (>= 'a' and <= 'z') or 'đ')
            {
                toneless.Append(lower);
            }
            else
            {
                return false;
            }
        }
        return IsValidToneless(toneless.ToString(), tone, Rhymes);
    }

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
        var front = rest[0] is 'e' or 'ê' or 'i';
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
        // Syllables closed by a stop consonant take only the rising tones.
        var stop = rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal) || rhyme.EndsWith('p') || rhyme.EndsWith('t');
        return !stop || tone is Acute or DotBelow or UnknownTone;
    }
}
