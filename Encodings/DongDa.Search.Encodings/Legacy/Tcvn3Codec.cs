using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// TCVN3 (TCVN 5712:1993 VN3, the ABC keyboard and .VnTime fonts). The .VnTime font has toned vowels in lower
/// case only: capitals were typed in a second font (.VnTimeH) that draws the same bytes as capitals, so the
/// case of a toned vowel is lost in the bytes. The decoder restores it where the text shows it
/// (<see cref="Tcvn3CaseRecovery"/>); the encoder writes toned capitals as the lower-case byte, as the fonts did.
/// </summary>
internal sealed class Tcvn3Codec : SingleByteCodec
{
    /// <summary>The shared instance.</summary>
    public static readonly Tcvn3Codec Instance = new();

    private Tcvn3Codec()
        : base(ByteTables.Tcvn3A0)
        // Only the VN3 letters are written: the VN1 capitals in the free slots are read but never produced.
        => BuildEncoder(b => b < 0xA0 || !IsVn1Capital(ByteTables.Tcvn3A0[b - 0xA0]));


    /// <inheritdoc />
    public override string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, recoverCase: true);

    /// <summary>Decodes, restoring the case of toned capitals from context when <paramref name="recoverCase"/> is set.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, bool recoverCase)
    {
        var chars = new List<char>(bytes.Length);
        var caseLost = new List<bool>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = DecodeByte(bytes[i]);
            var lost = bytes[i] >= 0xB5 && char.IsLower(c) && VietnameseLetters.TrySplit(c, out _, out var tone) && tone != Tone.None;
            // Some converters write a toned capital as the plain capital followed by the lower-case toned letter ("Aµ" for À, "Âầ" for Ầ).
            if (lost && chars.Count > 0 && IsSameBaseCapital(chars[^1], c))
            {
                chars[^1] = char.ToUpperInvariant(c);
                continue;
            }
            chars.Add(c);
            caseLost.Add(lost);
        }
        if (recoverCase)
        {
            Tcvn3CaseRecovery.Apply(chars, caseLost);
        }
        return new string([.. chars]).Normalize(NormalizationForm.FormC);
    }

    /// <inheritdoc />
    protected override void EncodeChar(char c, List<byte> output)
    {
        if (!TryEncodeDirect(c, out _) && char.IsUpper(c) && VietnameseLetters.TrySplit(c, out _, out var tone) && tone != Tone.None)
        {
            base.EncodeChar(char.ToLowerInvariant(c), output);
            return;
        }
        base.EncodeChar(c, output);
    }

    private static bool IsVn1Capital(char c) => char.IsUpper(c) && VietnameseLetters.TrySplit(c, out _, out var tone) && tone != Tone.None;

    private static bool IsSameBaseCapital(char previous, char toned)
        => char.IsUpper(previous)
        && VietnameseLetters.TrySplit(toned, out var vowelBase, out _)
        && vowelBase == char.ToLowerInvariant(previous);
}

/// <summary>
/// Restores the case of TCVN3 toned vowels (decoded in lower case) where the text shows it:
/// (1) a line whose letters of known case are all capitals (a title typed in capitals) is capitalised whole;
/// (2) a word with at least two letters of known case, all capitals ("§èNG" = ĐỐNG), is capitalised;
/// (3) the first letter of the text, of a line, and of a sentence (after . ! ? or …) is capitalised.
/// Not recoverable, and left in lower case: a toned capital starting a proper name inside a sentence
/// ("Ấn Độ", "Úc"), a capitalised word whose only letter of known case is its first ("HỒ" inside a line
/// of mixed case), and text typed entirely in .VnTimeH, whose bytes are lower case throughout.
/// </summary>
internal static class Tcvn3CaseRecovery
{
    /// <summary>Upper-cases the letters flagged in <paramref name="caseLost"/> that context shows to be capitals.</summary>
    public static void Apply(List<char> chars, List<bool> caseLost)
    {
        CapitaliseAllCapsLines(chars, caseLost);
        CapitaliseAllCapsWords(chars, caseLost);
        CapitaliseSentenceStarts(chars, caseLost);
    }

    private static bool IsLetter(char c) => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';

    private static void CapitaliseAllCapsLines(List<char> chars, List<bool> caseLost)
    {
        var start = 0;
        while (start < chars.Count)
        {
            var end = chars.IndexOf('\n', start);
            if (end < 0)
            {
                end = chars.Count;
            }
            int upper = 0, lower = 0;
            for (var i = start; i < end; i++)
            {
                if (!caseLost[i] && char.IsLetter(chars[i]))
                {
                    if (char.IsUpper(chars[i]))
                    {
                        upper++;
                    }
                    else if (char.IsLower(chars[i]))
                    {
                        lower++;
                    }
                }
            }
            if (upper >= 4 && lower == 0)
            {
                UpperRange(chars, caseLost, start, end);
            }
            start = end + 1;
        }
    }

    private static void CapitaliseAllCapsWords(List<char> chars, List<bool> caseLost)
    {
        var i = 0;
        while (i < chars.Count)
        {
            if (!IsLetter(chars[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < chars.Count && IsLetter(chars[i]))
            {
                i++;
            }
            int upper = 0, lower = 0;
            for (var k = start; k < i; k++)
            {
                if (!caseLost[k] && char.IsUpper(chars[k]))
                {
                    upper++;
                }
                else if (!caseLost[k] && char.IsLower(chars[k]))
                {
                    lower++;
                }
            }
            if (upper >= 2 && lower == 0)
            {
                UpperRange(chars, caseLost, start, i);
            }
        }
    }

    private static void CapitaliseSentenceStarts(List<char> chars, List<bool> caseLost)
    {
        var atStart = true;
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i];
            if (IsLetter(c))
            {
                if (atStart && caseLost[i])
                {
                    chars[i] = char.ToUpperInvariant(c);
                    caseLost[i] = false;
                }
                atStart = false;
            }
            else if (char.IsDigit(c))
            {
                atStart = false;
            }
            else if (c == '\n' || ((c is '.' or '!' or '?' or '…') && (i + 1 == chars.Count || char.IsWhiteSpace(chars[i + 1]))))
            {
                atStart = true;
            }
        }
    }

    private static void UpperRange(List<char> chars, List<bool> caseLost, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (caseLost[k])
            {
                chars[k] = char.ToUpperInvariant(chars[k]);
                caseLost[k] = false;
            }
        }
    }
}
