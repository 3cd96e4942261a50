using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class SyllableTripleTests
{
    private static readonly SyllableTripleAnalyzer Analyzer = new();

    private static string[] Triples(string text) => [.. TokenStreamAssert.Tokens(Analyzer, text).Select(t => t.Term)];

    [Fact]
    public void Sentence_GivesEachWordAfterItsTwoBefore_AndTheRunsEnds()
    {
        var tokens = TokenStreamAssert.Tokens(Analyzer, "Thành phố Hồ Chí Minh");

        Assert.Equal(["^ ^ thành", "^ thành phố", "thành phố hồ", "phố hồ chí", "hồ chí minh", "chí minh $"], tokens.Select(t => t.Term));
        Assert.Equal([0, 1, 2, 3, 4, 5], tokens.Select(t => t.Position));
        Assert.All(tokens, t => Assert.Equal(VietnameseTokenTypes.Triple, t.Type));
        Assert.Equal((0, 12), (tokens[2].Start, tokens[2].End));
    }

    [Fact]
    public void Punctuation_EndsARun() => Assert.Equal(
        ["^ ^ hà", "^ hà nội", "hà nội $", "^ ^ thủ", "^ thủ đô", "thủ đô $"], Triples("Hà Nội, thủ đô"));

    [Fact]
    public void Number_EndsARun_AndIsNoWordOfOne() => Assert.Equal(
        ["^ ^ năm", "^ năm $", "^ ^ tăng", "^ tăng trưởng", "tăng trưởng $"], Triples("năm 2005 tăng trưởng"));

    [Theory]
    [InlineData("HOÀ BÌNH XANH", "hòa bình xanh")] // tone style and case
    [InlineData("kỹ thuật số", "kĩ thuật số")] // i/y: one spelling
    [InlineData("tin ca nhac", "tin ca nhac")] // written bare, kept bare
    public void Triple_IsThePairsSpelling(string text, string triple) => Assert.Contains(triple, Triples(text));

    [Fact]
    public void Triple_IsTheReadingsOfItsPairs()
    {
        var pairs = TokenStreamAssert.Tokens(new SyllablePairAnalyzer(), "Ủy ban nhân")
            .Where(t => t.Type == VietnameseTokenTypes.PairReading)
            .Select(t => t.Term[(t.Term.IndexOf(SyllablePairFilter.ReadingSeparator, StringComparison.Ordinal) + 1)..])
            .ToList();
        var (first, second) = (pairs[0].Split(' ')[0], pairs[0].Split(' ')[1]);
        var key = SyllableTripleFilter.Key(first, second, pairs[1].Split(' ')[1]);

        Assert.Contains(key, Triples("Ủy ban nhân"));
        Assert.StartsWith(SyllableTripleFilter.HistoryPrefix(first, second), key, StringComparison.Ordinal);
    }

    [Fact]
    public void StreamReused_StartsAfresh()
    {
        Assert.Equal(["^ ^ tin", "^ tin vắn", "tin vắn $"], Triples("Tin vắn"));
        Assert.Equal(["^ ^ tin", "^ tin vắn", "tin vắn $"], Triples("Tin vắn"));
    }
}
