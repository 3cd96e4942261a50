using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// Decoding and encoding by name for the encodings Vietnamese text has been stored in: Unicode (UTF-8, UTF-16),
/// Windows-1258, TCVN3 (ABC, .VnTime fonts), VNI (VNI-Windows fonts), VIQR (ASCII mnemonics, RFC 1456), VISCII,
/// and mojibake (UTF-8 read once or more as Windows-1252 and saved again). Every decoder returns NFC text.
/// </summary>
public static class LegacyEncodings
{
    /// <summary>UTF-8 (a byte-order mark is skipped).</summary>
    public const string Utf8 = "utf-8";

    /// <summary>UTF-16, little endian unless a byte-order mark says otherwise.</summary>
    public const string Utf16 = "utf-16";

    /// <summary>Windows-1258: precomposed hats, tones as combining bytes.</summary>
    public const string Windows1258 = "windows-1258";

    /// <summary>TCVN3 (TCVN 5712:1993 VN3, ABC keyboard, .VnTime fonts); toned capitals recovered from context.</summary>
    public const string Tcvn3 = "tcvn3";

    /// <summary>VNI (VNI-Windows fonts): base letter followed by mark bytes.</summary>
    public const string Vni = "vni";

    /// <summary>VIQR (RFC 1456): ASCII mnemonics such as <c>Vie^.t Nam</c>.</summary>
    public const string Viqr = "viqr";

    /// <summary>VISCII (RFC 1456): one byte per precomposed letter.</summary>
    public const string Viscii = "viscii";

    /// <summary>UTF-8 text that was read as Windows-1252 or Latin-1 and saved again, perhaps more than once.</summary>
    public const string Mojibake = "mojibake";

    /// <summary>The canonical names, as <see cref="Decode"/> accepts them and <see cref="LegacyEncodingDetector"/> reports them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Utf8, Utf16, Windows1258, Tcvn3, Vni, Viqr, Viscii, Mojibake];

    // Aliases, compared after lower-casing and dropping everything but letters and digits.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["utf8"] = Utf8,
        ["utf8sig"] = Utf8,
        ["unicode"] = Utf8,
        ["utf16"] = Utf16,
        ["utf16le"] = Utf16,
        ["utf16be"] = Utf16,
        ["ucs2"] = Utf16,
        ["windows1258"] = Windows1258,
        ["cp1258"] = Windows1258,
        ["win1258"] = Windows1258,
        ["1258"] = Windows1258,
        ["tcvn3"] = Tcvn3,
        ["tcvn"] = Tcvn3,
        ["abc"] = Tcvn3,
        ["tcvn5712"] = Tcvn3,
        ["tcvn57123"] = Tcvn3,
        ["vn3"] = Tcvn3,
        ["vntime"] = Tcvn3,
        ["tcvn3abc"] = Tcvn3,
        ["vni"] = Vni,
        ["vniwindows"] = Vni,
        ["vniwin"] = Vni,
        ["vnitimes"] = Vni,
        ["viqr"] = Viqr,
        ["vietnet"] = Viqr,
        ["rfc1456"] = Viqr,
        ["viscii"] = Viscii,
        ["mojibake"] = Mojibake,
        ["utf8ascp1252"] = Mojibake,
        ["utf8aswindows1252"] = Mojibake,
        ["utf8aslatin1"] = Mojibake,
    };

    /// <summary>The canonical name for <paramref name="name"/> or one of its aliases ("cp1258", "ABC", "VNI-Windows"), or null.</summary>
    public static string? Canonicalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new string([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
        return Aliases.GetValueOrDefault(key);
    }

    /// <summary>
    /// A <see cref="Encoding"/> for the encodings System.Text does not have (tcvn3, vni, viqr, viscii, mojibake, and
    /// their aliases), for code that takes an <see cref="Encoding"/>; null for any other name. Decoding is meant for
    /// whole texts: a reader that decodes in chunks may split a VNI letter at a buffer boundary.
    /// </summary>
    public static Encoding? GetTextEncoding(string name)
        => Canonicalize(name) is { } canonical && canonical is Tcvn3 or Vni or Viqr or Viscii or Mojibake ? new LegacyTextEncoding(canonical) : null;

    /// <summary>Decodes <paramref name="bytes"/> as <paramref name="encodingName"/> (a name of <see cref="Names"/> or an alias) to NFC text.</summary>
    /// <exception cref="ArgumentException">The name is not a known encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string encodingName)
    {
        var name = Canonicalize(encodingName) ?? throw UnknownName(encodingName);
        return name switch
        {
            Utf8 => DecodeUtf8(bytes).Normalize(NormalizationForm.FormC),
            Utf16 => DecodeUtf16(bytes).Normalize(NormalizationForm.FormC),
            Mojibake => MojibakeRepair.Repair(DecodeUtf8(bytes)).Text,
            _ => Codec(name).Decode(bytes),
        };
    }

    /// <summary>
    /// Encodes <paramref name="text"/> in <paramref name="encodingName"/>: the inverse of <see cref="Decode"/>, used to
    /// make test files and to check round trips. Toned capitals lose their case in TCVN3 (as with the .VnTime font);
    /// VISCII writes typographic punctuation as ASCII; characters an encoding cannot hold become '?'.
    /// "mojibake" gives the UTF-8 bytes read once as Windows-1252 and written back as UTF-8.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a known encoding.</exception>
    public static byte[] Encode(string text, string encodingName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = Canonicalize(encodingName) ?? throw UnknownName(encodingName);
        return name switch
        {
            Utf8 => Encoding.UTF8.GetBytes(text),
            Utf16 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            Mojibake => Encoding.UTF8.GetBytes(ReadAsWindows1252(Encoding.UTF8.GetBytes(text))),
            _ => Codec(name).Encode(text),
        };
    }

    /// <summary>The codec for a canonical single-byte or VIQR name.</summary>
    internal static ILegacyCodec Codec(string canonicalName) => canonicalName switch
    {
        Windows1258 => Windows1258Codec.Instance,
        Tcvn3 => Tcvn3Codec.Instance,
        Vni => VniCodec.Instance,
        Viqr => ViqrCodec.Instance,
        Viscii => VisciiCodec.Instance,
        _ => throw new ArgumentException("no byte codec for " + canonicalName, nameof(canonicalName)),
    };

    /// <summary>UTF-8 without its byte-order mark; invalid bytes become U+FFFD.</summary>
    internal static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        return Encoding.UTF8.GetString(ByteOrderMark.Sniff(bytes, out var mark) == TextDecoding.Utf8Bom ? bytes[mark..] : bytes);
    }

    /// <summary>UTF-16 by its byte-order mark, little endian without one.</summary>
    internal static string DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        return ByteOrderMark.Sniff(bytes, out var mark) switch
        {
            TextDecoding.Utf16BigEndian => Encoding.BigEndianUnicode.GetString(bytes[mark..]),
            TextDecoding.Utf16LittleEndian => Encoding.Unicode.GetString(bytes[mark..]),
            _ => Encoding.Unicode.GetString(bytes),
        };
    }

    /// <summary>Bytes read the way Windows reads Windows-1252 (the unassigned bytes as C1 controls): how mojibake is made.</summary>
    internal static string ReadAsWindows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and < 0xA0 ? ByteTables.Windows1252C1[b - 0x80] : (char)b;
        }
        return new string(chars);
    }

    private static ArgumentException UnknownName(string name)
        => new($"unknown encoding '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}
