namespace DongDa.Search.Encodings.Legacy;

/// <summary>One legacy Vietnamese encoding: bytes to Unicode NFC text and back.</summary>
internal interface ILegacyCodec
{

    /// <summary>Decodes <paramref name="bytes"/> to NFC text.</summary>
    string Decode(ReadOnlySpan<byte> bytes);

    /// <summary>Encodes <paramref name="text"/>; characters the encoding cannot hold become '?'.</summary>
    byte[] Encode(string text);
}
