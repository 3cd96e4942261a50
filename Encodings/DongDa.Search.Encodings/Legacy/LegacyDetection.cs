namespace DongDa.Search.Encodings.Legacy;

/// <summary>What <see cref="LegacyEncodingDetector"/> decided about a file's bytes.</summary>
/// <param name="EncodingName">One of <see cref="LegacyEncodings.Names"/>.</param>
/// <param name="Text">The decoded text, Unicode NFC.</param>
/// <param name="Confidence">
/// From 0 to 1: for a legacy or repaired decoding, the share of words with Vietnamese letters that are valid
/// Vietnamese syllables; 1 for byte-order marks and for UTF-8 that needed no repair.
/// </param>
/// <param name="Reason">One line saying why, with the counts behind the decision.</param>
public sealed record LegacyDetection(string EncodingName, string Text, double Confidence, string Reason);
