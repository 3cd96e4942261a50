using System.Text;
using DongDa.Search.Encodings.Legacy;

namespace DongDa.Search.Encodings.Tests;

public class Tcvn3CaseRecoveryTests
{
    private static string RoundTrip(string text) => LegacyEncodings.Decode(LegacyEncodings.Encode(text, "tcvn3"), "tcvn3");

    [Fact]
    public void Encode_TonedCapital_IsWrittenAsTheLowerCaseByte()
        => Assert.Equal(LegacyEncodings.Encode("ở", "tcvn3"), LegacyEncodings.Encode("Ở", "tcvn3"));

    [Fact]
    public void Encode_CapitalsWithTheirOwnCode_KeepTheirCase()
        => Assert.Equal([0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7], LegacyEncodings.Encode("ĂÂÊÔƠƯĐ", "tcvn3"));

    [Theory]
    [InlineData("Ở phường Văn Chương có hội nghị.")] // start of the text
    [InlineData("Hội nghị kết thúc. Ấy là kết quả tốt! Ước mong thành hiện thực? Ừ.")] // after . ! ?
    [InlineData("Dòng đầu.\nỦy ban quận họp.")] // start of a line
    public void Decode_TonedCapitalAtSentenceStart_IsRecovered(string text) => Assert.Equal(text, RoundTrip(text));

    [Theory]
    [InlineData("QUẬN ĐỐNG ĐA TỔ CHỨC HỘI NGHỊ")] // a title line in capitals, one-letter-of-known-case words included
    [InlineData("Tin mới: ĐỐNG ĐA và HUYỆN GIA LÂM")] // words with at least two capitals of known case
    public void Decode_TonedCapitalInCapitalisedText_IsRecovered(string text) => Assert.Equal(text, RoundTrip(text));

    [Theory]
    [InlineData("Đoàn khách từ Ấn Độ đến thăm.", "Đoàn khách từ ấn Độ đến thăm.")]
    [InlineData("Đường về Hồ Tây, TP.HỒ CHÍ MINH", "Đường về Hồ Tây, TP.Hồ CHÍ MINH")]
    public void Decode_TonedCapitalInsideASentence_CannotBeRecovered(string text, string expected) => Assert.Equal(expected, RoundTrip(text));

    [Fact]
    public void Decode_CaseRecoveryOff_KeepsTheFontsLowerCase()
        => Assert.Equal("ở đây", Tcvn3Codec.Instance.Decode(LegacyEncodings.Encode("Ở đây", "tcvn3"), recoverCase: false));

    [Fact]
    public void Decode_CapitalFollowedByTonedLetter_IsTheConverterFlavourOfACapital()
    {
        // Some converters (the npm vietnamese-conversion table) write À as "A" + "à" and Ầ as "Â" + "ầ".
        var bytes = new byte[] { (byte)'A', 0xB5, (byte)' ', 0xA2, 0xC7, (byte)'m' };
        Assert.Equal("À Ầm", LegacyEncodings.Decode(bytes, "tcvn3"));
    }

    [Fact]
    public void Decode_CombiningToneBytes_AreComposed()
        => Assert.Equal("Việt", LegacyEncodings.Decode([(byte)'V', (byte)'i', 0xAA, 0xB4, (byte)'t'], "tcvn3"));

    [Fact]
    public void Decode_Punctuation_ReadsAsWindows1252()
        => Assert.Equal("“Dân vận khéo”…", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(RoundTrip("“Dân vận khéo”…"))));
}
