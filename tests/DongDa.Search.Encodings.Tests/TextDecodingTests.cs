using System.Text;
using DongDa.Search.Encodings;
using DongDa.Search.Testing;

namespace DongDa.Search.Encodings.Tests;

public class TextDecodingTests
{
    private const string Sample = "Quận uỷ Đống Đa tổ chức hội nghị về công tác dân vận";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithoutBom_IsUtf8()
    {
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes(Sample), null);
        Assert.Equal(new DecodedText(Sample, TextDecoding.Utf8), decoded);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheMark()
    {
        var decoded = TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], null);
        Assert.Equal(new DecodedText(Sample, TextDecoding.Utf8Bom), decoded);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_IsUtf16()
    {
        var decoded = TextDecoding.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)], null);
        Assert.Equal(new DecodedText(Sample, TextDecoding.Utf16LittleEndian), decoded);
    }

    [Fact]
    public void Decode_Utf16BigEndianWithoutBom_IsRecognisedByItsZeroBytes()
    {
        var decoded = TextDecoding.Decode(Encoding.BigEndianUnicode.GetBytes(Sample), null);
        Assert.Equal(new DecodedText(Sample, TextDecoding.Utf16BigEndian), decoded);
    }

    [Fact]
    public void Decode_Windows1258_ComposesCombiningTonesToNfc()
    {
        var bytes = CodePages.Windows1258.GetBytes(CodePages.ToWindows1258Form(Sample));
        Assert.DoesNotContain((byte)'?', bytes);

        var decoded = TextDecoding.Decode(bytes, null);

        Assert.Equal(TextDecoding.Windows1258, decoded.EncodingName);
        Assert.Equal(Sample, decoded.Text);
        Assert.True(decoded.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Decode_ForcedEncoding_SkipsDetection()
    {
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes("Đống Đa"), "windows-1258");
        Assert.Equal("windows-1258", decoded.EncodingName);
        Assert.NotEqual("Đống Đa", decoded.Text);
    }

    [Fact]
    public void ResolveEncoding_UnknownName_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => TextDecoding.ResolveEncoding("klingon-8"));
}
