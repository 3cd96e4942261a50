using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("Việt")]
    [InlineData("nghiêng")]
    [InlineData("người")]
    [InlineData("quyết")]
    [InlineData("gì")]
    [InlineData("giếng")]
    [InlineData("khuỷu")]
    [InlineData("ĐỐNG")]
    [InlineData("ủy")]
    [InlineData("kỹ")]
    [InlineData("xoong")]
    [InlineData("oanh")]
    public void IsValid_VietnameseSyllable_IsTrue(string word) => Assert.True(VietnameseSyllable.IsValid(word));

    [Theory]
    [InlineData("Vieọt")] // VNI read as TCVN3
    [InlineData("ViƯt")] // TCVN3 read as VNI
    [InlineData("ciến")] // c before e
    [InlineData("ghà")] // gh before a
    [InlineData("tàc")] // stop final with grave tone
    [InlineData("hello")]
    [InlineData("Ä")]
    [InlineData("hoàá")]
    public void IsValid_NotASyllable_IsFalse(string word) => Assert.False(VietnameseSyllable.IsValid(word));

    [Theory]
    [InlineData("ngưòi", "người")]
    [InlineData("Nguời", "Người")]
    [InlineData("ĐUỢC", "ĐƯỢC")]
    [InlineData("thuở", "thuở")]
    [InlineData("hoà", "hoà")] // tone style and i/y are the key's, not the reader's
    [InlineData("lý", "lý")]
    public void WithHornsRestored_ShowsTheWordAsSearched(string typed, string shown)
        => Assert.Equal(shown, VietnameseSyllable.WithHornsRestored(typed));

    [Fact]
    public void IsValid_SeedArticle_AcceptsNearlyEveryWordWithVietnameseLetters()
    {
        var words = File.ReadAllText(TestPaths.SeedArticle).Split([' ', '\n', ',', '.', ';', ':', '“', '”', '(', ')', '/', '|', '–', '…'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(c => c >= 0x80) && w.All(char.IsLetter) && w.Count(char.IsUpper) < 2).ToList(); // not abbreviations (HĐND)
        var invalid = words.Where(w => !VietnameseSyllable.IsValid(w)).Distinct().ToList();
        Assert.True(words.Count > 200);
        Assert.Equal([], invalid);
    }
}
