using System.Text;
using DongDa.Search.Encodings.Legacy;

namespace DongDa.Search.Encodings.Tests;

public class RoundTripTests
{
    public static TheoryData<string> Encodings => new(EncodingTestData.LegacyNames);

    public static TheoryData<string> AllEncodingsWithMojibake => new([.. EncodingTestData.LegacyNames, LegacyEncodings.Mojibake]);

    [Theory]
    [MemberData(nameof(Encodings))]
    public void EncodeDecode_EveryLetterWithEveryTone_GivesTheLetterBack(string encoding)
    {
        var letters = VietnameseLetters.AllLetters().ToList();
        Assert.Equal(146, letters.Count);
        foreach (var letter in letters)
        {
            // A syllable around the letter, so VIQR (which converts only syllables) reads it; capitals sit in a
            // line of capitals, which is where TCVN3 shows their case.
            var lower = char.ToLowerInvariant(letter);
            var syllable = lower == 'đ' ? letter + (char.IsUpper(letter) ? "I" : "i")
                : VietnameseLetters.TrySplit(lower, out var b, out _) && b == 'y' ? letter.ToString()
                : letter + (char.IsUpper(letter) ? "N" : "n");
            var text = char.IsUpper(letter) ? $"CHỮ {syllable} VIẾT HOA" : $"chữ {syllable} viết thường";
            var bytes = LegacyEncodings.Encode(text, encoding);
            Assert.Equal(text, LegacyEncodings.Decode(bytes, encoding));
        }
    }

    [Theory]
    [MemberData(nameof(AllEncodingsWithMojibake))]
    public void EncodeDecode_SeedArticle_GivesTheOriginalNfcText(string encoding)
    {
        var expected = encoding == LegacyEncodings.Viscii ? VisciiCodec.Representable(EncodingTestData.SeedArticle) : EncodingTestData.SeedArticle;
        var decoded = LegacyEncodings.Decode(LegacyEncodings.Encode(EncodingTestData.SeedArticle, encoding), encoding);
        Assert.Equal(expected, decoded);
        Assert.True(decoded.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [MemberData(nameof(AllEncodingsWithMojibake))]
    public void EncodeDecode_Paragraphs_GiveTheOriginalText(string encoding)
    {
        foreach (var paragraph in EncodingTestData.VietnameseParagraphs)
        {
            var expected = encoding == LegacyEncodings.Viscii ? VisciiCodec.Representable(paragraph) : paragraph;
            Assert.Equal(expected, LegacyEncodings.Decode(LegacyEncodings.Encode(paragraph, encoding), encoding));
        }
    }

    [Theory]
    [InlineData("tcvn3", "ViÖt Nam", "Việt Nam")]
    [InlineData("vni", "Vieät Nam", "Việt Nam")]
    [InlineData("viqr", "Vie^.t Nam", "Việt Nam")]
    [InlineData("windows-1258", "Viêòt Nam", "Việt Nam")]
    [InlineData("viscii", "Vi®t Nam", "Việt Nam")]
    public void Decode_KnownBytes_GivesTheWord(string encoding, string latin1Bytes, string expected)
    {
        var bytes = Encoding.Latin1.GetBytes(latin1Bytes);
        if (encoding == "windows-1258")
        {
            bytes = [.. "Vi"u8, 0xEA, 0xF2, .. "t Nam"u8]; // ê + combining dot below
        }
        Assert.Equal(expected, LegacyEncodings.Decode(bytes, encoding));
    }

    [Fact]
    public void Encode_Windows1258_WritesToneAsCombiningByteAfterTheLetter()
        => Assert.Equal([0x56, 0x69, 0xEA, 0xF2, 0x74], LegacyEncodings.Encode("Việt", "cp1258"));

    [Fact]
    public void Encode_Vni_WritesBaseLetterThenMarkBytes()
        => Assert.Equal([(byte)'n', (byte)'g', 0xF6, 0xF4, 0xF8, (byte)'i', (byte)' ', 0xD1, (byte)'A', 0xCF], LegacyEncodings.Encode("người ĐẠ", "VNI-Windows"));

    [Fact]
    public void Encode_Viqr_EscapesMarkCharactersThatFollowAVowel()
    {
        const string text = "Đống Đa. Ai? add (a+b)";
        var viqr = Encoding.UTF8.GetString(LegacyEncodings.Encode(text, "viqr"));
        Assert.Equal("DDo^'ng DDa\\. Ai\\? ad\\d (a\\+b)", viqr);
        Assert.Equal(text, LegacyEncodings.Decode(Encoding.UTF8.GetBytes(viqr), "viqr"));
    }

    [Theory]
    [InlineData("UTF8")]
    [InlineData("cp1258")]
    [InlineData("ABC")]
    [InlineData("VNI-Windows")]
    [InlineData("TCVN5712")]
    public void Canonicalize_Alias_GivesAKnownName(string alias) => Assert.Contains(LegacyEncodings.Canonicalize(alias), LegacyEncodings.Names);

    [Fact]
    public void Decode_UnknownName_Throws() => Assert.Throws<ArgumentException>(() => LegacyEncodings.Decode("x"u8, "klingon"));
}
