namespace DongDa.Search.Encodings;

/// <summary>The byte-order marks a text file may start with: the one place they are recognised.</summary>
public static class ByteOrderMark
{
    /// <summary>
    /// The encoding announced by a byte-order mark at the start of <paramref name="bytes"/>:
    /// <see cref="TextDecoding.Utf8Bom"/>, <see cref="TextDecoding.Utf16LittleEndian"/> or
    /// <see cref="TextDecoding.Utf16BigEndian"/>; null without a mark.
    /// </summary>
    /// <param name="bytes">The start of the file (three bytes are enough).</param>
    /// <param name="length">The length of the mark in bytes, 0 without one.</param>
    public static string? Sniff(ReadOnlySpan<byte> bytes, out int length)
    {
        (var name, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (TextDecoding.Utf8Bom, 3),
            [0xFF, 0xFE, ..] => (TextDecoding.Utf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (TextDecoding.Utf16BigEndian, 2),
            _ => ((string?)null, 0),
        };
        return name;
    }
}
