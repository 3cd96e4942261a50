using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// A byte-per-character table with an encoder that falls back to base letter + combining tone byte when the
/// table has no precomposed form (Windows-1258, and TCVN3's tone bytes 0xB0..0xB4).
/// </summary>
internal abstract class SingleByteCodec : ILegacyCodec
{
    private readonly char[] _decode = new char[256];
    private readonly Dictionary<char, byte> _encode = [];

    /// <summary>Builds the tables: ASCII (and C0) as is, then <paramref name="high"/> from byte 0x100 - high.Length.</summary>
    protected SingleByteCodec(string high)
    {
        for (var b = 0; b < 256; b++)
        {
            _decode[b] = (char)b;
        }
        var start = 256 - high.Length;
        if (start > 0x80)
        {
            for (var b = 0x80; b < 0xA0; b++)
            {
                _decode[b] = ByteTables.Windows1252C1[b - 0x80];
            }
        }
        for (var i = 0; i < high.Length; i++)
        {
            _decode[start + i] = high[i];
        }
    }


    /// <summary>Sets the character byte <paramref name="b"/> decodes to.</summary>
    protected void SetByte(byte b, char c) => _decode[b] = c;

    /// <summary>Builds the reverse table; call once the decode table is final. Bytes excluded are never produced.</summary>
    protected void BuildEncoder(Func<byte, bool>? encodable = null)
    {
        for (var b = 255; b >= 0; b--)
        {
            if (encodable is null || encodable((byte)b))
            {
                _encode[_decode[b]] = (byte)b;
            }
        }
    }

    /// <summary>The raw character of every byte, before any normalisation.</summary>
    protected char DecodeByte(byte b) => _decode[b];

    /// <inheritdoc />
    public virtual string Decode(ReadOnlySpan<byte> bytes) => DecodeRaw(bytes).Normalize(NormalizationForm.FormC);

    /// <summary>One character per byte, not normalised: what a program using this code page shows.</summary>
    public string DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = _decode[bytes[i]];
        }
        return new string(chars);
    }

    /// <inheritdoc />
    public byte[] Encode(string text)
    {
        var output = new List<byte>(text.Length + 16);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            EncodeChar(c, output);
        }
        return [.. output];
    }

    /// <summary>Appends the bytes for <paramref name="c"/>: the table, else base + combining tone, else a substitute.</summary>
    protected virtual void EncodeChar(char c, List<byte> output)
    {
        if (_encode.TryGetValue(c, out var direct))
        {
            output.Add(direct);
            return;
        }
        if (VietnameseLetters.TrySplit(c, out var vowelBase, out var tone) && tone != Tone.None
            && _encode.TryGetValue(vowelBase, out var baseByte) && _encode.TryGetValue(VietnameseLetters.CombiningMark(tone), out var toneByte))
        {
            output.Add(baseByte);
            output.Add(toneByte);
            return;
        }
        output.Add((byte)'?');
    }

    /// <summary>Whether the table holds <paramref name="c"/> directly.</summary>
    protected bool TryEncodeDirect(char c, out byte b) => _encode.TryGetValue(c, out b);
}

/// <summary>Windows-1258: Latin letters and ă â ê ô ơ ư đ precomposed, tones as combining bytes after the letter.</summary>
internal sealed class Windows1258Codec : SingleByteCodec
{
    /// <summary>The shared instance.</summary>
    public static readonly Windows1258Codec Instance = new();

    private Windows1258Codec()
        : base(ByteTables.Windows1258High)
        => BuildEncoder(b => b is < 0x80 or >= 0xA0 || ByteTables.Windows1258High[b - 0x80] is < '\u0080' or > '\u009F');

}

/// <summary>VISCII (RFC 1456): every Vietnamese letter precomposed in one byte, six capitals in the C0 range.</summary>
internal sealed class VisciiCodec : SingleByteCodec
{
    /// <summary>The shared instance.</summary>
    public static readonly VisciiCodec Instance = new();

    // VISCII uses all of 0x80..0xFF for letters, so typographic punctuation is written as its ASCII form.
    private static readonly Dictionary<char, string> AsciiPunctuation = new()
    {
        ['“'] = "\"",
        ['”'] = "\"",
        ['‘'] = "'",
        ['’'] = "'",
        ['…'] = "...",
        ['–'] = "-",
        ['—'] = "-",
        ['\u00A0'] = " ",
    };

    private VisciiCodec()
        : base(ByteTables.VisciiHigh)
    {
        foreach (var (b, c) in ByteTables.VisciiC0)
        {
            SetByte(b, c);
        }
        BuildEncoder();
    }


    /// <summary>The text VISCII can hold for <paramref name="text"/>: typographic punctuation replaced by ASCII.</summary>
    public static string Representable(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(AsciiPunctuation.TryGetValue(c, out var ascii) ? ascii : c.ToString());
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    protected override void EncodeChar(char c, List<byte> output)
    {
        if (!TryEncodeDirect(c, out _) && AsciiPunctuation.TryGetValue(c, out var ascii))
        {
            output.AddRange(Encoding.ASCII.GetBytes(ascii));
            return;
        }
        base.EncodeChar(c, output);
    }
}
