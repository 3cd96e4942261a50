using System.Text;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Reads a word typed in Telex or VNI with the input method switched off back as the syllable meant:
/// <c>daan</c>/<c>da6n</c> → <c>dân</c>, <c>vaanj</c>/<c>va65n</c> → <c>vận</c>, <c>thanhf</c> → <c>thành</c>,
/// <c>dduwowcj</c> → <c>được</c>, <c>d9i</c> → <c>đi</c>.
/// </summary>
/// <remarks>
/// Only a word that is not a Vietnamese syllable as written is read (<c>boong</c>, <c>sang</c> stay), and only when the
/// keystrokes give a well-formed syllable (<see cref="VietnameseSyllable.IsValid"/>), so <c>U23</c>, <c>h1n1</c> or
/// <c>stress</c> stay as typed. Whether a word is English (<c>as</c>, <c>box</c>) is the caller's decision: the same
/// keystrokes are a word in both languages.
/// Telex: <c>aa ee oo</c> → â ê ô, <c>aw ow uw</c> → ă ơ ư (<c>uow</c> → ươ, <c>w</c> alone → ư, a late <c>w</c> marks the
/// vowels before it), <c>dd</c> → đ, tone keys <c>s f r x j</c> after the first vowel. VNI: digits after the letter or at
/// the end: 1–5 tones (sắc huyền hỏi ngã nặng), 6 → â ê ô, 7 → ơ ư, 8 → ă, 9 → đ.
/// </remarks>
public static class KeystrokeResidue
{
    /// <summary>The syllable <paramref name="word"/> was typed for, in the case it was typed in; false when it reads as none.</summary>
    public static bool TryRead(string word, out string syllable)
    {
        ArgumentNullException.ThrowIfNull(word);
        syllable = "";
        return !VietnameseSyllable.IsValidFolded(word) && TryReadKeys(word, out syllable);
    }

    /// <summary>
    /// Like <see cref="TryRead"/>, also for a word that is a syllable as typed (<c>khoong</c> is spelled like a syllable,
    /// and is the keys of <c>không</c>): for a caller that can tell which of the two is meant, e.g. by their frequency.
    /// </summary>
    public static bool TryReadKeys(string word, out string syllable)
    {
        ArgumentNullException.ThrowIfNull(word);
        syllable = "";
        if (word.Length is < 2 or > 12 || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }
        var lower = word.ToLowerInvariant();
        foreach (var c in lower)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        var read = lower.Any(char.IsAsciiDigit) ? ReadVni(lower) : ReadTelex(lower);
        if (read is null || !VietnameseSyllable.IsValid(read))
        {
            return false;
        }
        syllable = RestoreCase(word, read);
        return true;
    }

    private static string? ReadTelex(string word)
    {
        var letters = new StringBuilder(word.Length);
        var tone = 0;
        var seenVowel = false;
        var lateHorn = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i == 1 && c == 'd' && word[0] == 'd')
            {
                letters[0] = 'đ';
                continue;
            }
            if (seenVowel && TelexTone(c) is > 0 and var t)
            {
                if (tone != 0)
                {
                    return null;
                }
                tone = t;
                continue;
            }
            if (c == 'w')
            {
                var last = letters.Length > 0 ? letters[^1] : '\0';
                if (last is 'a' or 'o' or 'u')
                {
                    letters[^1] = Horn(last);
                    // "uow" and "uwow": the horn goes on both letters of ươ.
                    if (last == 'o' && letters.Length > 1 && letters[^2] == 'u')
                    {
                        letters[^2] = 'ư';
                    }
                }
                else if (seenVowel)
                {
                    lateHorn = true;
                }
                else
                {
                    letters.Append('ư');
                    seenVowel = true;
                }
                continue;
            }
            if (c is 'a' or 'e' or 'o' && letters.Length > 0 && letters[^1] == c)
            {
                letters[^1] = Circumflex(c);
                continue;
            }
            if (IsVowelLetter(c))
            {
                seenVowel = true;
            }
            letters.Append(c);
        }
        if (lateHorn && !ApplyHornToNucleus(letters))
        {
            return null;
        }
        var text = letters.ToString();
        return text == word ? null : WithTone(text, tone);
    }

    private static string? ReadVni(string word)
    {
        var letters = new StringBuilder(word.Length);
        var tone = 0;
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                letters.Append(c);
                continue;
            }
            switch (c)
            {
                case >= '1' and <= '5':
                    if (tone != 0)
                    {
                        return null;
                    }
                    tone = VniTone(c);
                    break;
                case '6':
                    if (!MarkLast(letters, l => l is 'a' or 'e' or 'o', Circumflex))
                    {
                        return null;
                    }
                    break;
                case '7':
                    if (!ApplyHornToNucleus(letters))
                    {
                        return null;
                    }
                    break;
                case '8':
                    if (!MarkLast(letters, l => l == 'a', _ => 'ă'))
                    {
                        return null;
                    }
                    break;
                case '9':
                    if (letters.Length == 0 || letters[0] != 'd')
                    {
                        return null;
                    }
                    letters[0] = 'đ';
                    break;
                default:
                    return null;
            }
        }
        return WithTone(letters.ToString(), tone);
    }

    /// <summary>Telex tone keys, as <see cref="VietnameseLetters.Tone"/> numbers tones (huyền 1, sắc 2, hỏi 3, ngã 4, nặng 5).</summary>
    private static int TelexTone(char c) => c switch { 'f' => 1, 's' => 2, 'r' => 3, 'x' => 4, 'j' => 5, _ => 0 };

    /// <summary>VNI's digits 1 and 2 are sắc and huyền: the other way round from <see cref="VietnameseLetters.Tone"/>.</summary>
    private static int VniTone(char digit) => digit switch { '1' => 2, '2' => 1, _ => digit - '0' };

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static char Circumflex(char c) => c switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };

    private static char Horn(char c) => c switch { 'a' => 'ă', 'o' => 'ơ', _ => 'ư' };

    /// <summary>Marks the last letter that <paramref name="accepts"/>; false when there is none.</summary>
    private static bool MarkLast(StringBuilder letters, Func<char, bool> accepts, Func<char, char> mark)
    {
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            if (accepts(letters[i]))
            {
                letters[i] = mark(letters[i]);
                return true;
            }
        }
        return false;
    }

    /// <summary>The horn on the vowels typed so far: <c>uo</c> → ươ, else the last o or u (a → ă in Telex's late w).</summary>
    private static bool ApplyHornToNucleus(StringBuilder letters)
    {
        var text = letters.ToString();
        var uo = text.LastIndexOf("uo", StringComparison.Ordinal);
        if (uo >= 0)
        {
            letters[uo] = 'ư';
            letters[uo + 1] = 'ơ';
            return true;
        }
        return MarkLast(letters, l => l is 'o' or 'u' or 'a', Horn);
    }

    /// <summary>Puts <paramref name="tone"/> where the analyzer's tone style puts it (<see cref="ToneMarkNormalizer"/>).</summary>
    private static string? WithTone(string toneless, int tone)
    {
        if (tone == 0)
        {
            return toneless;
        }
        var chars = toneless.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (VietnameseLetters.IsVowel(chars[i]))
            {
                chars[i] = VietnameseLetters.WithTone(chars[i], tone);
                ToneMarkNormalizer.Normalize(chars);
                return new string(chars);
            }
        }
        return null;
    }

    private static string RestoreCase(string typed, string read)
    {
        if (typed.Length > 1 && typed.All(c => !char.IsAsciiLetter(c) || char.IsAsciiLetterUpper(c)))
        {
            return read.ToUpperInvariant();
        }
        return char.IsAsciiLetterUpper(typed[0]) ? char.ToUpperInvariant(read[0]) + read[1..] : read;
    }
}
