using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

/// <summary>A pair is a name when both its words are written with a capital first letter, and only then.</summary>
public class NamePairTests
{
    private static readonly NamePairAnalyzer Analyzer = new();

    private static string[] Names(string text) => [.. TokenStreamAssert.Tokens(Analyzer, text).Select(t => t.Term)];

    [Fact]
    public void District_IsAName_Youth_IsNot()
        => Assert.Equal(["thanh xuan"], Names("Người dân quận Thanh Xuân giữ mãi tuổi thanh xuân."));

    [Theory]
    [InlineData("Hòa Bình", "hoa binh")] // tone style and accents folded as in the pairs
    [InlineData("Hoà Bình", "hoa binh")]
    [InlineData("phố Ô Chợ Dừa", "o cho")] // a one-letter syllable in capitals is capitalized
    public void CapitalizedPair_IsKeyedLikeItsFoldedPair(string text, string first)
        => Assert.Equal(first, Names(text)[0]);

    [Theory]
    [InlineData("tuổi thanh xuân")] // no capital
    [InlineData("Thanh xuân qua nhanh")] // a sentence's first word only
    [InlineData("UBND HÀ NỘI")] // capitals throughout: no case to read
    [InlineData("Thanh, Xuân")] // punctuation breaks the pair
    public void NotAName_GivesNothing(string text)
        => Assert.Empty(Names(text));

    [Fact]
    public void LetterCase_CapitalizedIsAFirstCapitalOnly()
    {
        Assert.True(LetterCaseFilter.IsCapitalized("Xuân"));
        Assert.True(LetterCaseFilter.IsCapitalized("Ô"));
        Assert.False(LetterCaseFilter.IsCapitalized("xuân"));
        Assert.False(LetterCaseFilter.IsCapitalized("UBND"));
        Assert.False(LetterCaseFilter.IsCapitalized("XUÂN"));
    }
}
