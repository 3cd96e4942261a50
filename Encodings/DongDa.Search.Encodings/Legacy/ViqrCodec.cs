using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// VIQR (RFC 1456): ASCII mnemonics written right after the vowel they modify: hats <c>^ ( +</c>, tones
/// <c>' ` ? ~ .</c>, <c>dd</c> for đ, and a backslash to keep a mark character literal (<c>Nam\.</c>).
/// A word is converted only when the result is a valid Vietnamese syllable, so English text, URLs and
/// punctuation stay as they are. RFC 1456 asks for a literal '.' or '?' after a vowel to be escaped; text that did not
/// escape them is read with one exception: at the end of a line they are punctuation (a sentence's last word), so a
/// line ending in a word whose last letter carries a dot-below or hook tone loses that tone.
/// </summary>
internal sealed class ViqrCodec : ILegacyCodec
{
    /// <summary>The shared instance.</summary>
    public static readonly ViqrCodec Instance = new();

    private const string HatMarks = "^(+";
    private const string ToneMarks = "`'?~."; // in Tone order: grave, acute, hook, tilde, dot below

    private ViqrCodec()
    {
    }

    /// <summary>How strongly one converted word shows VIQR.</summary>
    internal enum Evidence
    {
        /// <summary>No mark was read.</summary>
        None,

        /// <summary>Only a ' . or ? that English punctuation also produces ("I'm", "so.").</summary>
        Weak,

        /// <summary>A tone mark inside the word ("tra.ng", "Ke?").</summary>
        MidWord,

        /// <summary>A hat, ` ~, or dd: marks English text does not put after vowels.</summary>
        Hat,
    }

    /// <summary>What a VIQR reading of a text found: words read, and how many converted at each level of evidence.</summary>
    internal sealed record Analysis(string Text, int Words, int HatWords, int MidWordWords, int WeakWords);


    /// <inheritdoc />
    public string Decode(ReadOnlySpan<byte> bytes) => Analyze(LegacyEncodings.DecodeUtf8(bytes)).Text;

    /// <summary>Reads <paramref name="text"/> as VIQR and counts the evidence.</summary>
    public static Analysis Analyze(string text)
    {
        var sb = new StringBuilder(text.Length);
        int words = 0, hat = 0, mid = 0, weak = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                sb.Append(text[i + 1]);
                i += 2;
                continue;
            }
            if (!IsAsciiLetter(c) || (i > 0 && IsAsciiLetter(text[i - 1])))
            {
                sb.Append(c);
                i++;
                continue;
            }
            words++;
            var (decoded, consumed, evidence) = DecodeWord(text, i);
            var end = i + consumed;
            if (evidence != Evidence.None && (end == text.Length || !IsAsciiLetter(text[end])) && Analyzers.VietnameseSyllable.IsValid(decoded))
            {
                sb.Append(decoded);
                i = end;
                switch (evidence)
                {
                    case Evidence.Hat: hat++; break;
                    case Evidence.MidWord: mid++; break;
                    default: weak++; break;
                }
                continue;
            }
            var letters = i;
            while (letters < text.Length && IsAsciiLetter(text[letters]))
            {
                letters++;
            }
            var raw = text[i..letters];
            if (IsAbbreviationWithDd(raw))
            {
                // HĐND, ĐBQH: capitals without vowels, where DD can only be Đ.
                sb.Append(raw.Replace("DD", "Đ", StringComparison.Ordinal));
                hat++;
            }
            else
            {
                sb.Append(raw);
            }
            i = letters;
        }
        return new Analysis(sb.ToString().Normalize(NormalizationForm.FormC), words, hat, mid, weak);
    }

    private static (string Decoded, int Consumed, Evidence Evidence) DecodeWord(string text, int start)
    {
        var sb = new StringBuilder();
        var pos = start;
        var evidence = Evidence.None;
        var toned = false;
        if (pos + 1 < text.Length && text[pos] is 'd' or 'D' && text[pos + 1] is 'd' or 'D')
        {
            sb.Append(text[pos] == 'D' ? 'Đ' : 'đ');
            pos += 2;
            evidence = Evidence.Hat;
        }
        while (pos < text.Length)
        {
            var ch = text[pos];
            if (IsAsciiLetter(ch))
            {
                sb.Append(ch);
                pos++;
                continue;
            }
            if (sb.Length == 0)
            {
                break;
            }
            var last = sb[^1];
            var hatted = HatMarks.Contains(ch, StringComparison.Ordinal) && !toned ? ApplyHat(last, ch) : '\0';
            if (hatted != '\0')
            {
                sb[^1] = hatted;
                pos++;
                evidence = Evidence.Hat;
                continue;
            }
            var tone = ToneOf(ch);
            if (tone == Tone.None || toned || !VietnameseLetters.IsVowelBase(last))
            {
                break;
            }
            var atWordEnd = pos + 1 == text.Length || !IsAsciiLetter(text[pos + 1]);
            if (atWordEnd && ch is '.' or '?' && EndsLine(text, pos + 1))
            {
                break;
            }
            var upper = char.IsUpper(last);
            var composed = VietnameseLetters.Compose(char.ToLowerInvariant(last), tone);
            sb[^1] = upper ? char.ToUpperInvariant(composed) : composed;
            toned = true;
            pos++;
            var level = ch is '`' or '~' ? Evidence.Hat : ch == '\'' || atWordEnd ? Evidence.Weak : Evidence.MidWord;
            evidence = (Evidence)Math.Max((int)evidence, (int)level);
        }
        return (sb.ToString(), pos - start, evidence);
    }

    // After a final '.' or '?': only spaces up to the end of the line or text.
    private static bool EndsLine(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
        {
            pos++;
        }
        return pos == text.Length || text[pos] is '\r' or '\n';
    }

    /// <inheritdoc />
    public byte[] Encode(string text) => Encoding.UTF8.GetBytes(EncodeText(text));

    /// <summary>Writes <paramref name="text"/> in VIQR, escaping mark characters that would otherwise be read as marks.</summary>
    public static string EncodeText(string text)
    {
        var sb = new StringBuilder(text.Length + (text.Length / 4));
        var previousWasVowel = false;
        var previous = '\0';
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var lower = char.ToLowerInvariant(c);
            var upper = char.IsUpper(c);
            if (lower == 'đ')
            {
                sb.Append(upper ? "DD" : "dd");
                previousWasVowel = false;
            }
            else if (c >= 0x80 && VietnameseLetters.TrySplit(lower, out var vowelBase, out var tone))
            {
                var (ascii, hatMark) = vowelBase switch
                {
                    'â' => ('a', "^"),
                    'ê' => ('e', "^"),
                    'ô' => ('o', "^"),
                    'ă' => ('a', "("),
                    'ơ' => ('o', "+"),
                    'ư' => ('u', "+"),
                    _ => (vowelBase, ""),
                };
                sb.Append(upper ? char.ToUpperInvariant(ascii) : ascii).Append(hatMark);
                if (tone != Tone.None)
                {
                    sb.Append(ToneMarks[(int)tone - 1]);
                }
                previousWasVowel = true;
            }
            else
            {
                // A mark character after a vowel, or a second d after d, would be read as a mark: escape it.
                if ((previousWasVowel && (HatMarks.Contains(c, StringComparison.Ordinal) || ToneMarks.Contains(c, StringComparison.Ordinal)))
                    || (c is 'd' or 'D' && previous is 'd' or 'D') || c == '\\')
                {
                    sb.Append('\\');
                }
                sb.Append(c);
                previousWasVowel = VietnameseLetters.IsVowelBase(c) && c < 0x80;
            }
            previous = c;
        }
        return sb.ToString();
    }

    private static bool IsAbbreviationWithDd(string word)
        => word.Length >= 3 && word.Contains("DD", StringComparison.Ordinal) && word.All(c => c is >= 'A' and <= 'Z' && !"AEIOUY".Contains(c, StringComparison.Ordinal));

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsEscapable(char c) => HatMarks.Contains(c, StringComparison.Ordinal) || ToneMarks.Contains(c, StringComparison.Ordinal) || c is '\\' or 'd' or 'D';

    private static Tone ToneOf(char mark) => mark switch
    {
        '`' => Tone.Grave,
        '\'' => Tone.Acute,
        '?' => Tone.Hook,
        '~' => Tone.Tilde,
        '.' => Tone.DotBelow,
        _ => Tone.None,
    };

    private static char ApplyHat(char letter, char mark)
    {
        var hatted = (char.ToLowerInvariant(letter), mark) switch
        {
            ('a', '^') => 'â',
            ('e', '^') => 'ê',
            ('o', '^') => 'ô',
            ('a', '(') => 'ă',
            ('o', '+') => 'ơ',
            ('u', '+') => 'ư',
            _ => '\0',
        };
        return hatted == '\0' ? '\0' : char.IsUpper(letter) ? char.ToUpperInvariant(hatted) : hatted;
    }
}
