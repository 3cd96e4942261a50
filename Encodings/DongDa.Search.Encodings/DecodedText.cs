namespace DongDa.Search.Encodings;

/// <summary>Text decoded from a file's bytes, with the name of the encoding it was read in.</summary>
/// <param name="Text">The decoded text, normalized to Unicode NFC.</param>
/// <param name="EncodingName">What the bytes were read as: <c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>windows-1258</c>, or a forced encoding's web name.</param>
public sealed record DecodedText(string Text, string EncodingName);
