using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// VNI (VNI-Windows fonts such as VNI-Times): a vowel is its ASCII base letter followed by one mark byte
/// (hat, tone, or hat and tone together); ơ ư đ and the toned i have single bytes. Mark bytes for capitals are the
/// lower-case ones minus 0x20; ỵ has its own byte too (0xEE), the other toned y are y + tone mark. Bytes that are not part of a letter read as Windows-1252, as the fonts drew them.
/// </summary>
internal sealed class VniCodec : ILegacyCodec
{
    /// <summary>The shared instance.</summary>
    public static readonly VniCodec Instance = new();

    private enum Hat
    {
        None,
        Circumflex,
        Breve,
    }

    // Lower-case mark bytes (capitals use the byte - 0x20).
    private const byte Circumflex = 0xE2;
    private const byte Breve = 0xEA;

    private static readonly Dictionary<byte, Tone> ToneMarks = new()
    {
        [0xF8] = Tone.Grave,
        [0xF9] = Tone.Acute,
        [0xFB] = Tone.Hook,
        [0xF5] = Tone.Tilde,
        [0xEF] = Tone.DotBelow,
    };

    private static readonly Dictionary<byte, Tone> CircumflexWithTone = new()
    {
        [0xE0] = Tone.Grave,
        [0xE1] = Tone.Acute,
        [0xE5] = Tone.Hook,
        [0xE3] = Tone.Tilde,
        [0xE4] = Tone.DotBelow,
    };

    private static readonly Dictionary<byte, Tone> BreveWithTone = new()
    {
        [0xE8] = Tone.Grave,
        [0xE9] = Tone.Acute,
        [0xFA] = Tone.Hook,
        [0xFC] = Tone.Tilde,
        [0xEB] = Tone.DotBelow,
    };

    // Single-byte letters (lower case; the capital is the byte - 0x20).
    private static readonly Dictionary<byte, char> SingleLetters = new()
    {
        [0xF1] = 'đ',
        [0xF4] = 'ơ',
        [0xF6] = 'ư',
        [0xEC] = 'ì',
        [0xED] = 'í',
        [0xE6] = 'ỉ',
        [0xF3] = 'ĩ',
        [0xF2] = 'ị',
        [0xEE] = 'ỵ',
    };

    private static readonly Dictionary<char, byte> SingleLetterBytes = SingleLetters.ToDictionary(p => p.Value, p => p.Key);

    private VniCodec()
    {
    }


    /// <inheritdoc />
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var baseLetter = BaseLetter(b);
            if (baseLetter != '\0')
            {
                i++;
                var hat = Hat.None;
                var tone = Tone.None;
                var lowerBase = char.ToLowerInvariant(baseLetter);
                if (i < bytes.Length && lowerBase is 'a' or 'e' or 'o')
                {
                    var m = LowerMark(bytes[i]);
                    if (m == Circumflex)
                    {
                        (hat, i) = (Hat.Circumflex, i + 1);
                    }
                    else if (CircumflexWithTone.TryGetValue(m, out var t))
                    {
                        (hat, tone, i) = (Hat.Circumflex, t, i + 1);
                    }
                    else if (lowerBase == 'a' && m == Breve)
                    {
                        (hat, i) = (Hat.Breve, i + 1);
                    }
                    else if (lowerBase == 'a' && BreveWithTone.TryGetValue(m, out t))
                    {
                        (hat, tone, i) = (Hat.Breve, t, i + 1);
                    }
                }
                if (tone == Tone.None && i < bytes.Length && ToneMarks.TryGetValue(LowerMark(bytes[i]), out var toneMark))
                {
                    (tone, i) = (toneMark, i + 1);
                }
                var letter = VietnameseLetters.Compose(ApplyHat(lowerBase, hat), tone);
                sb.Append(char.IsUpper(baseLetter) ? char.ToUpperInvariant(letter) : letter);
                continue;
            }
            if (b >= 0xC0 && SingleLetters.TryGetValue((byte)(b | 0x20), out var single))
            {
                sb.Append(b < 0xE0 ? char.ToUpperInvariant(single) : single);
            }
            else
            {
                sb.Append(b is >= 0x80 and < 0xA0 ? ByteTables.Windows1252C1[b - 0x80] : (char)b);
            }
            i++;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <inheritdoc />
    public byte[] Encode(string text)
    {
        var output = new List<byte>(text.Length * 2);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            EncodeChar(c, output);
        }
        return [.. output];
    }

    private static void EncodeChar(char c, List<byte> output)
    {
        var upper = char.IsUpper(c);
        var lower = char.ToLowerInvariant(c);
        var caseShift = upper ? 0x20 : 0;
        if (SingleLetterBytes.TryGetValue(lower, out var single))
        {
            output.Add((byte)(single - caseShift));
            return;
        }
        if (c < 0x80)
        {
            output.Add((byte)c);
            return;
        }
        if (VietnameseLetters.TrySplit(lower, out var vowelBase, out var tone))
        {
            var (ascii, hat) = vowelBase switch
            {
                'â' => ('a', Hat.Circumflex),
                'ê' => ('e', Hat.Circumflex),
                'ô' => ('o', Hat.Circumflex),
                'ă' => ('a', Hat.Breve),
                _ => (vowelBase, Hat.None),
            };
            if (SingleLetterBytes.TryGetValue(ascii, out var horned))
            {
                output.Add((byte)(horned - caseShift));
            }
            else
            {
                output.Add((byte)(upper ? char.ToUpperInvariant(ascii) : ascii));
            }
            var mark = (hat, tone) switch
            {
                (Hat.None, Tone.None) => (byte)0,
                (Hat.None, _) => ToneMarks.First(p => p.Value == tone).Key,
                (Hat.Circumflex, Tone.None) => Circumflex,
                (Hat.Circumflex, _) => CircumflexWithTone.First(p => p.Value == tone).Key,
                (Hat.Breve, Tone.None) => Breve,
                _ => BreveWithTone.First(p => p.Value == tone).Key,
            };
            if (mark != 0)
            {
                output.Add((byte)(mark - caseShift));
            }
            return;
        }
        var cp1252 = ByteTables.Windows1252C1.IndexOf(c, StringComparison.Ordinal);
        output.Add(cp1252 >= 0 ? (byte)(0x80 + cp1252) : c is >= '\u00A0' and < '\u00C0' ? (byte)c : (byte)'?');
    }

    // A byte that starts a vowel: an ASCII vowel or the single-byte ơ/ư (which take tone marks after them).
    private static char BaseLetter(byte b) => b switch
    {
        (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' or (byte)'y'
            or (byte)'A' or (byte)'E' or (byte)'I' or (byte)'O' or (byte)'U' or (byte)'Y' => (char)b,
        0xF4 => 'ơ',
        0xF6 => 'ư',
        0xD4 => 'Ơ',
        0xD6 => 'Ư',
        _ => '\0',
    };

    // Mark bytes for capitals sit 0x20 below the lower-case ones; other bytes are returned unchanged.
    private static byte LowerMark(byte b) => b is >= 0xC0 and < 0xE0 ? (byte)(b + 0x20) : b;

    private static char ApplyHat(char lowerBase, Hat hat) => (lowerBase, hat) switch
    {
        ('a', Hat.Circumflex) => 'â',
        ('e', Hat.Circumflex) => 'ê',
        ('o', Hat.Circumflex) => 'ô',
        ('a', Hat.Breve) => 'ă',
        _ => lowerBase,
    };
}
