using System.Text;
using DongDa.Search.Encodings.Legacy;

namespace DongDa.Search.Encodings.Tests;

public class ViqrTests
{
    private static string Decode(string viqr) => LegacyEncodings.Decode(Encoding.UTF8.GetBytes(viqr), "viqr");

    [Theory]
    [InlineData("Vie^.t Nam", "Việt Nam")]
    [InlineData("DDo^'ng DDa", "Đống Đa")]
    [InlineData("ngu+o+`i", "người")]
    [InlineData("Quye^'t ta^m xoa' ta^.n go^'c", "Quyết tâm xoá tận gốc")]
    [InlineData("Ke? muo^'n", "Kẻ muốn")]
    [InlineData("HDDND qua^.n", "HĐND quận")]
    [InlineData("Ha` No^.i.", "Hà Nội.")]
    [InlineData("Anh ddi dda^u?\nTo^i ddi cho+.", "Anh đi đâu?\nTôi đi chơ.")] // line end: punctuation, as most unescaped text means it
    [InlineData("DDa\\. Ai\\?", "Đa. Ai?")]
    public void Decode_Mnemonics_GiveVietnameseLetters(string viqr, string expected) => Assert.Equal(expected, Decode(viqr));

    [Theory]
    [InlineData("Is it ready? Yes. It's done, isn't it? See e.g. the U.S. report.")]
    [InlineData("a+b = c^2 (see fig.) -- C++ ~ 10%")]
    [InlineData("https://example.com/a.b?c=d")]
    public void Decode_EnglishText_StaysAsItIs(string text) => Assert.Equal(text, Decode(text));
}
