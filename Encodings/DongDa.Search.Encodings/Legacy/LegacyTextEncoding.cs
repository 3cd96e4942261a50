using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// A legacy codec as a <see cref="Encoding"/>, so code written against System.Text (forced encodings, readers)
/// can use TCVN3, VNI, VIQR, VISCII and mojibake repair by name. Meant for whole texts: a reader that decodes in
/// chunks may split a VNI letter (base + mark byte) or a mangled UTF-8 sequence at a buffer boundary.
/// </summary>
internal sealed class LegacyTextEncoding(string name) : Encoding
{
    /// <inheritdoc />
    public override string WebName => name;

    /// <inheritdoc />
    public override string EncodingName => name;

    /// <inheritdoc />
    public override int GetByteCount(char[] chars, int index, int count) => Encode(chars, index, count).Length;

    /// <inheritdoc />
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        var encoded = Encode(chars, charIndex, charCount);
        encoded.CopyTo(bytes, byteIndex);
        return encoded.Length;
    }

    /// <inheritdoc />
    public override int GetCharCount(byte[] bytes, int index, int count) => LegacyEncodings.Decode(bytes.AsSpan(index, count), name).Length;

    /// <inheritdoc />
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var text = LegacyEncodings.Decode(bytes.AsSpan(byteIndex, byteCount), name);
        text.CopyTo(0, chars, charIndex, text.Length);
        return text.Length;
    }

    /// <inheritdoc />
    public override string GetString(byte[] bytes, int index, int count) => LegacyEncodings.Decode(bytes.AsSpan(index, count), name);

    // VIQR spends the most bytes: "DD", "a^~", or an escape before a mark character; no encoding spends more than four.
    /// <inheritdoc />
    public override int GetMaxByteCount(int charCount) => (charCount + 1) * 4;

    // Every decoder gives at most one character per byte (NFC only shortens).
    /// <inheritdoc />
    public override int GetMaxCharCount(int byteCount) => byteCount + 1;

    private byte[] Encode(char[] chars, int index, int count) => LegacyEncodings.Encode(new string(chars, index, count), name);
}
