using DongDa.Search.Analyzers;

namespace DongDa.Search.Analyzers.Tests;

public class VietnameseSyllableTypingTests
{
    [Theory]
    [InlineData("đồng")]
    [InlineData("nghiêng")]
    [InlineData("quốc")]
    [InlineData("gì")]
    [InlineData("khuya")]
    [InlineData("Hòa")]
    [InlineData("hoà")]
    [InlineData("tin")]
    public void WellFormedSyllables_AreValid(string word) => Assert.True(VietnameseSyllable.IsValid(word));

    [Theory]
    [InlineData("daan")] // Telex residue
    [InlineData("thanhf")]
    [InlineData("book")]
    [InlineData("kan")] // k only before e ê i y
    [InlineData("ghan")] // gh only before e ê i
    [InlineData("cèp")] // a stop final takes only sắc or nặng
    [InlineData("hóà")] // two tones
    [InlineData("stress")]
    [InlineData("")]
    public void MalformedWords_AreNotValid(string word) => Assert.False(VietnameseSyllable.IsValid(word));

    [Theory]
    [InlineData("nguoi", true)] // người
    [InlineData("duoc", true)] // được
    [InlineData("dan", true)]
    [InlineData("the", true)]
    [InlineData("new", false)]
    [InlineData("phoos", false)]
    [InlineData("vaanj", false)]
    public void FoldedWords_AreValidWhenSomeMarkingIs(string word, bool valid) => Assert.Equal(valid, VietnameseSyllable.IsValidFolded(word));

    [Theory]
    [InlineData("Hoà", "hòa")]
    [InlineData("LÝ", "lí")]
    [InlineData("khoẻ", "khỏe")]
    public void Key_IsTheAnalyzersSpelling(string word, string key) => Assert.Equal(key, VietnameseSyllable.Key(word));
}

public class KeystrokeResidueTests
{
    [Theory]
    [InlineData("daan", "dân")]
    [InlineData("vaanj", "vận")]
    [InlineData("thanhf", "thành")]
    [InlineData("phoos", "phố")]
    [InlineData("dduwowcj", "được")]
    [InlineData("nguwowif", "người")]
    [InlineData("nguoiwf", "người")]
    [InlineData("ddi", "đi")]
    [InlineData("quoocs", "quốc")]
    [InlineData("hoaf", "hòa")]
    [InlineData("Daan", "Dân")]
    [InlineData("DDAAN", "ĐÂN")]
    public void Telex_ReadsTheSyllableMeant(string typed, string meant)
    {
        Assert.True(KeystrokeResidue.TryRead(typed, out var syllable));
        Assert.Equal(meant, syllable);
    }

    [Theory]
    [InlineData("da6n", "dân")]
    [InlineData("va65n", "vận")]
    [InlineData("van56", "vận")]
    [InlineData("d9i", "đi")]
    [InlineData("nguo72i", "người")]
    [InlineData("u7o7c5", "ược")]
    [InlineData("tha2nh", "thành")]
    public void Vni_ReadsTheSyllableMeant(string typed, string meant)
    {
        Assert.True(KeystrokeResidue.TryRead(typed, out var syllable));
        Assert.Equal(meant, syllable);
    }

    [Theory]
    [InlineData("sang")] // already a syllable
    [InlineData("boong")] // a syllable with a double o
    [InlineData("U23")] // two tones
    [InlineData("h1n1")]
    [InlineData("stress")] // no syllable
    [InlineData("iphone")]
    [InlineData("d")]
    public void WordsThatReadAsNoSyllable_StayAsTyped(string typed) => Assert.False(KeystrokeResidue.TryRead(typed, out _));
}
