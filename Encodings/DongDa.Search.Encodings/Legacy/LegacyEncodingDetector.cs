using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// Decides which encoding a file's bytes are in and decodes them. Byte-order marks decide first. Valid UTF-8 stays
/// UTF-8 unless it is mojibake (it holds mis-read UTF-8 sequences, and repairing them does not make it less
/// Vietnamese) or VIQR without Vietnamese letters (hats and đ marks that form Vietnamese syllables in enough words);
/// clean Vietnamese UTF-8 is never converted: it has Vietnamese letters, and no mis-read UTF-8 sequence. Bytes that are not UTF-8 are decoded as
/// Windows-1258, TCVN3, VNI and VISCII, and the decoding whose words with Vietnamese letters are most often valid
/// Vietnamese syllables wins: all four read the same bytes as some text, only the right one as Vietnamese.
/// </summary>
public static class LegacyEncodingDetector
{
    private static readonly string[] EightBitCandidates =
        [LegacyEncodings.Windows1258, LegacyEncodings.Tcvn3, LegacyEncodings.Vni, LegacyEncodings.Viscii];

    /// <summary>Detects the encoding of <paramref name="bytes"/> and returns the decoded NFC text with the decision and its reason.</summary>
    public static LegacyDetection Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new(LegacyEncodings.Utf8, string.Empty, 1, "empty input");
        }
        if (ByteOrderMark.Sniff(bytes, out _) is TextDecoding.Utf16LittleEndian or TextDecoding.Utf16BigEndian)
        {
            return new(LegacyEncodings.Utf16, LegacyEncodings.DecodeUtf16(bytes).Normalize(NormalizationForm.FormC), 1, "UTF-16 byte-order mark");
        }
        var utf16 = Utf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            var encoding = utf16 == "little" ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new(LegacyEncodings.Utf16, encoding.GetString(bytes).Normalize(NormalizationForm.FormC), 0.9,
                $"no byte-order mark, but every other byte is zero (UTF-16 {utf16} endian)");
        }
        if (Utf8.IsValid(bytes))
        {
            return DetectInUnicode(LegacyEncodings.DecodeUtf8(bytes));
        }
        return DetectEightBit(bytes);
    }

    private static LegacyDetection DetectInUnicode(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var before = SyllableScore.Of(nfc);
        if (nfc.Any(c => c >= 0x80))
        {
            var repair = MojibakeRepair.Repair(text);
            if (repair.Repairs > 0)
            {
                var after = SyllableScore.Of(repair.Text);
                // Clean text has no sequence to repair at all (none in 42,653 real articles), so any repair that does
                // not make the text less Vietnamese is taken.
                if (after.Net >= before.Net)
                {
                    return new(LegacyEncodings.Mojibake, repair.Text, after.Confidence,
                        string.Create(CultureInfo.InvariantCulture,
                            $"valid UTF-8 holding {repair.Repairs} UTF-8 sequences mis-read as Windows-1252/1258 ({repair.Rounds} round(s) of mangling); "
                            + $"repaired, {after.Vietnamese} of {after.Vietnamese + after.Invalid} words with Vietnamese letters are syllables (before: {before.Vietnamese} of {before.Vietnamese + before.Invalid})"));
                }
            }
        }
        if (!HasVietnameseLetter(nfc))
        {
            var viqr = ViqrCodec.Analyze(text);
            if (LooksLikeViqr(viqr))
            {
                return ViqrDetection(viqr, "valid UTF-8 without Vietnamese letters");
            }
        }
        return new(LegacyEncodings.Utf8, nfc, 1,
            string.Create(CultureInfo.InvariantCulture, $"valid UTF-8, {before.Words} words, {before.Vietnamese} of them Vietnamese syllables with diacritics, no mojibake"));
    }

    private static LegacyDetection DetectEightBit(ReadOnlySpan<byte> bytes)
    {
        string? bestName = null, bestText = null;
        var best = default(SyllableScore);
        var summary = new List<string>();
        foreach (var name in EightBitCandidates)
        {
            var text = LegacyEncodings.Codec(name).Decode(bytes);
            var score = SyllableScore.Of(text);
            summary.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {score.Vietnamese}/{score.Vietnamese + score.Invalid}"));
            // Ties (a short text with one or two words to judge) go to the decoding with fewer stray symbols.
            if (bestName is null || score.Net > best.Net || (score.Net == best.Net && score.StraySymbols < best.StraySymbols))
            {
                (bestName, bestText, best) = (name, text, score);
            }
        }
        var counts = string.Join(", ", summary);
        if (best.Vietnamese == 0)
        {
            // VIQR saved with Windows typographic quotes or dashes is not UTF-8 either.
            var windows = LegacyEncodings.Codec(LegacyEncodings.Windows1258).Decode(bytes);
            var viqr = ViqrCodec.Analyze(windows);
            if (!HasVietnameseLetter(windows) && LooksLikeViqr(viqr))
            {
                return ViqrDetection(viqr, "not UTF-8 and no 8-bit decoding gives Vietnamese syllables, but read as Windows-1258");
            }
            return new(LegacyEncodings.Windows1258, LegacyEncodings.Codec(LegacyEncodings.Windows1258).Decode(bytes), 0,
                $"not UTF-8 and no decoding gives Vietnamese syllables ({counts}); read as Windows-1258");
        }
        return new(bestName!, bestText!, best.Confidence,
            $"not UTF-8; valid Vietnamese syllables among words with Vietnamese letters: {counts}");
    }

    private static LegacyDetection ViqrDetection(ViqrCodec.Analysis viqr, string context)
    {
        var converted = viqr.HatWords + viqr.MidWordWords + viqr.WeakWords;
        return new(LegacyEncodings.Viqr, viqr.Text, (double)converted / Math.Max(1, viqr.Words),
            string.Create(CultureInfo.InvariantCulture,
                $"{context}; {converted} of {viqr.Words} words read as VIQR syllables ({viqr.HatWords} with hat or dd marks)"));
    }

    private static bool LooksLikeViqr(ViqrCodec.Analysis a)
    {
        // Hats (^ ( +), ` ~ and dd are what English never puts after a vowel; ' . ? alone prove nothing.
        var strong = a.HatWords + a.MidWordWords;
        var all = strong + a.WeakWords;
        return a.HatWords >= 1 && ((strong >= 2 && all * 5 >= a.Words) || a.Words <= 6);
    }

    private static bool HasVietnameseLetter(string text)
        => text.Any(c => c >= 0x80 && (c is 'đ' or 'Đ' || VietnameseLetters.TrySplit(c, out _, out _)));

    // UTF-16 without a byte-order mark: in Vietnamese and English text nearly every other byte is zero.
    private static string? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZero++;
                }
                else
                {
                    oddZero++;
                }
            }
        }
        var pairs = sample.Length / 2;
        if (oddZero * 10 >= pairs * 4 && evenZero * 20 < pairs)
        {
            return "little";
        }
        return evenZero * 10 >= pairs * 4 && oddZero * 20 < pairs ? "big" : null;
    }

    /// <summary>How Vietnamese a decoding looks: words with non-ASCII letters that are, or are not, valid syllables.</summary>
    internal readonly record struct SyllableScore(int Words, int Vietnamese, int Invalid, int StraySymbols)
    {
        /// <summary>Valid minus invalid: the quantity the candidates compete on.</summary>
        public int Net => Vietnamese - Invalid;

        /// <summary>The share of words with non-ASCII letters that are valid syllables.</summary>
        public double Confidence => Vietnamese + Invalid == 0 ? 0 : (double)Vietnamese / (Vietnamese + Invalid);

        /// <summary>Scores <paramref name="text"/> (NFC) word by word.</summary>
        public static SyllableScore Of(string text)
        {
            int words = 0, valid = 0, invalid = 0, stray = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i]))
                {
                    // Symbols from the Latin-1 range and C1 controls: what a wrong 8-bit reading leaves between letters.
                    stray += text[i] is >= '\u0080' and <= '\u00BF' ? 1 : 0;
                    i++;
                    continue;
                }
                var start = i;
                var nonAscii = false;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    nonAscii |= text[i] >= 0x80;
                    i++;
                }
                words++;
                if (nonAscii)
                {
                    if (Analyzers.VietnameseSyllable.IsValid(text[start..i]))
                    {
                        valid++;
                    }
                    else
                    {
                        invalid++;
                    }
                }
            }
            return new(words, valid, invalid, stray);
        }

        private static bool IsWordChar(char c) => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';
    }
}
