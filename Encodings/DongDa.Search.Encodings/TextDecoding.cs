using System.Text;

namespace DongDa.Search.Encodings;

/// <summary>
/// Turns the bytes of an article file into text. The one call point is <see cref="Decode"/>:
/// a byte-order mark wins, then UTF-16 recognised by its zero bytes.
/// Unmarked bytes go to <see cref="Legacy.LegacyEncodingDetector"/>, which also tells TCVN3, VNI, VIQR, VISCII and
/// mojibake apart; those names (and aliases) can be forced too.
/// </summary>
public static class TextDecoding
{
    /// <summary>The name reported for UTF-8 text without a byte-order mark.</summary>
    public const string Utf8 = "utf-8";

    /// <summary>The name reported for UTF-8 text with a byte-order mark.</summary>
    public const string Utf8Bom = "utf-8-bom";

    /// <summary>The name reported for little-endian UTF-16.</summary>
    public const string Utf16LittleEndian = "utf-16le";

    /// <summary>The name reported for big-endian UTF-16.</summary>
    public const string Utf16BigEndian = "utf-16be";

    /// <summary>The name reported for the Vietnamese Windows code page.</summary>
    public const string Windows1258 = "windows-1258";

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Decodes <paramref name="bytes"/>; with <paramref name="forcedEncoding"/> (an encoding name such as
    /// <c>windows-1258</c> or <c>utf-16</c>) the bytes are read in that encoding, no detection.
    /// The text comes back in NFC, without a byte-order mark.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="forcedEncoding"/> names no known encoding.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? forcedEncoding)
    {
        if (!string.IsNullOrWhiteSpace(forcedEncoding))
        {
            var encoding = ResolveEncoding(forcedEncoding);
            var preamble = encoding.Preamble;
            if (bytes.StartsWith(preamble))
            {
                bytes = bytes[preamble.Length..];
            }
            return new DecodedText(Normalize(encoding.GetString(bytes)), encoding.WebName);
        }

        switch (ByteOrderMark.Sniff(bytes, out var mark))
        {
            case Utf8Bom:
                // Notepad adds the mark when it saves a UTF-8 file it had read as ANSI: mojibake (or VIQR) behind a mark.
                var detection = Legacy.LegacyEncodingDetector.Detect(bytes);
                if (detection.EncodingName is Legacy.LegacyEncodings.Mojibake or Legacy.LegacyEncodings.Viqr)
                {
                    return new DecodedText(detection.Text, detection.EncodingName);
                }
                return new DecodedText(Normalize(Encoding.UTF8.GetString(bytes[mark..])), Utf8Bom);
            case Utf16LittleEndian:
                return new DecodedText(Normalize(Encoding.Unicode.GetString(bytes[mark..])), Utf16LittleEndian);
            case Utf16BigEndian:
                return new DecodedText(Normalize(Encoding.BigEndianUnicode.GetString(bytes[mark..])), Utf16BigEndian);
            default:
                return DecodeUnmarked(bytes);
        }
    }

    /// <summary>The encoding called <paramref name="name"/> (a web name or a code page number).</summary>
    /// <exception cref="ArgumentException">No such encoding on this platform.</exception>
    public static Encoding ResolveEncoding(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (Legacy.LegacyEncodings.GetTextEncoding(name) is { } legacy)
        {
            return legacy;
        }
        try
        {
            return int.TryParse(name, out var codePage) ? Encoding.GetEncoding(codePage) : Encoding.GetEncoding(name.Trim());
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"unknown encoding '{name}' (try utf-8, utf-16, utf-16be, windows-1258, tcvn3, vni, viqr, viscii or mojibake)", nameof(name), e);
        }
    }

    /// <summary>Bytes without a byte-order mark: the place where legacy-encoding detection plugs in.</summary>
    private static DecodedText DecodeUnmarked(ReadOnlySpan<byte> bytes)
    {
        var utf16 = GuessUtf16WithoutMark(bytes);
        if (utf16 is not null)
        {
            var littleEndian = utf16 == Utf16LittleEndian;
            var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new DecodedText(Normalize(encoding.GetString(bytes)), utf16);
        }
        // UTF-8 (clean, mojibake or VIQR) or a legacy 8-bit encoding (Windows-1258, TCVN3, VNI, VISCII), decided by the detector.
        var detection = Legacy.LegacyEncodingDetector.Detect(bytes);
        return new DecodedText(detection.Text, detection.EncodingName);
    }

    /// <summary>
    /// UTF-16 text of Vietnamese or Latin letters has a zero byte in nearly every other position;
    /// no 8-bit text does. Returns the UTF-16 name or null.
    /// </summary>
    private static string? GuessUtf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }
        int zerosAtEven = 0, zerosAtOdd = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            zerosAtEven += sample[i] == 0 ? 1 : 0;
            zerosAtOdd += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        if (zerosAtOdd * 10 >= pairs * 3 && zerosAtEven * 20 < pairs)
        {
            return Utf16LittleEndian;
        }
        if (zerosAtEven * 10 >= pairs * 3 && zerosAtOdd * 20 < pairs)
        {
            return Utf16BigEndian;
        }
        return null;
    }

    private static string Normalize(string text)
        => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
