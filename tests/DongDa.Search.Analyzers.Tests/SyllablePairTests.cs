using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class SyllablePairTests
{
    private static readonly SyllablePairAnalyzer Analyzer = new();

    private static string[] Pairs(string text)
        => [.. TokenStreamAssert.Tokens(Analyzer, text).Where(t => t.Type == VietnameseTokenTypes.Pair).Select(t => t.Term)];

    private static string[] Readings(string text)
        => [.. TokenStreamAssert.Tokens(Analyzer, text).Where(t => t.Type == VietnameseTokenTypes.PairReading).Select(t => t.Term)];

    [Fact]
    public void TwoSyllables_GiveOneFoldedPairAndItsReading_WithOffsetsOverBoth()
        => Assert.Equal(
            [new TokenInfo("dan van", VietnameseTokenTypes.Pair, 0, 0, 7), new TokenInfo("dan van|dân vận", VietnameseTokenTypes.PairReading, 0, 0, 7)],
            TokenStreamAssert.Tokens(Analyzer, "Dân vận"));

    [Theory]
    [InlineData("đồng bộ", "dong bo|đồng bộ")]
    [InlineData("Động bộ", "dong bo|động bộ")]
    [InlineData("HOÀ BÌNH", "hoa binh|hòa bình")] // tone style and case
    [InlineData("kỹ thuật", "ki thuat|kĩ thuật")] // i/y: one spelling
    [InlineData("tin cá", "tin ca|tin cá")] // one marked word marks the pair
    public void MarkedPair_GivesItsReading(string text, string reading)
        => Assert.Equal([reading], Readings(text));

    [Fact]
    public void UnmarkedPair_HasNoReadingBesideItsFoldedKey()
    {
        Assert.Empty(Readings("tin ca"));
        Assert.Equal(["tin ca"], Pairs("tin ca"));
    }

    [Fact]
    public void ReadingKey_IsWhatTheFilterIndexes()
    {
        Assert.Equal(new[] { SyllablePairFilter.ReadingKey("đồng", "bộ") }, Readings("Đồng bộ"));
        Assert.Null(SyllablePairFilter.ReadingKey("tin", "ca"));
        Assert.StartsWith(SyllablePairFilter.ReadingPrefix("dong bo"), SyllablePairFilter.ReadingKey("đồng", "bộ"), StringComparison.Ordinal);
    }

    [Fact]
    public void LongestWords_FitTheReadingBuffer()
    {
        var word = "nghiêng" + new string('x', SyllablePairFilter.MaxWordLength - 7);

        Assert.Equal(new[] { SyllablePairFilter.ReadingKey(word, word) }, Readings(word + " " + word));
    }

    [Fact]
    public void Sentence_PairsEachNeighbour_OnePositionEach()
    {
        var tokens = TokenStreamAssert.Tokens(Analyzer, "Ủy ban nhân dân quận Đống Đa").Where(t => t.Type == VietnameseTokenTypes.Pair).ToList();

        Assert.Equal(["uy ban", "ban nhan", "nhan dan", "dan quan", "quan dong", "dong da"], tokens.Select(t => t.Term));
        Assert.Equal([0, 1, 2, 3, 4, 5], tokens.Select(t => t.Position));
    }

    [Theory]
    [InlineData("hoà bình", "hòa bình")] // tone style
    [InlineData("hoa binh", "Hòa Bình")] // typed without accents, any case
    [InlineData("kỹ thuật", "kĩ thuật")] // i/y
    [InlineData("ĐỐNG ĐA", "đống đa")]
    [InlineData("đống đa", "đống đa")] // NFD
    public void SpellingsOfOnePair_GiveOneKey(string a, string b)
        => Assert.Equal(Pairs(b.Normalize(System.Text.NormalizationForm.FormD)), Pairs(a));

    [Theory]
    [InlineData("lý thuyết")]
    [InlineData("Quận uỷ")]
    [InlineData("Đảng bộ")]
    public void Pair_IsTheFoldedKeysOfTheWordAnalyzer(string text)
    {
        var folded = TokenStreamAssert.Tokens(new VietnameseAnalyzer(), text).Where(t => t.Type == VietnameseTokenTypes.Folded).Select(t => t.Term).ToList();

        Assert.Equal([SyllablePairFilter.Key(folded[0], folded[1])], Pairs(text));
    }

    [Theory]
    [InlineData("năm 2019 dân")] // a number between two words
    [InlineData("ngày 13/12/2019 dân")] // a date
    [InlineData("gửi ubnd@hanoi.gov.vn dân")] // an address
    [InlineData("TP.HCM dân")] // a dotted abbreviation is a unit, not a syllable
    public void NonWordBetween_BreaksThePair(string text)
        => Assert.Empty(Pairs(text));

    [Theory]
    [InlineData("Dân vận khéo, quận giàu", "dan van", "van kheo", "quan giau")] // a comma
    [InlineData("Xong. Mới bắt đầu", "moi bat", "bat dau")] // a full stop
    [InlineData("lễ “dân vận khéo” năm", "dan van", "van kheo")] // quotes
    [InlineData("Bà Rịa - Vũng Tàu", "ba ria", "vung tau")] // a dash between names
    [InlineData("dân  vận\tkhéo\nquận", "dan van", "van kheo", "kheo quan")] // any white space
    public void Punctuation_BreaksThePair(string text, params string[] pairs)
        => Assert.Equal(pairs, Pairs(text));

    [Fact]
    public void WordLongerThanAnySyllable_DoesNotPair()
        => Assert.Equal(["dan van"], Pairs("dân vận " + new string('x', SyllablePairFilter.MaxWordLength + 1) + " khéo"));

    [Fact]
    public void ReusedAnalyzer_DoesNotPairAcrossTexts()
    {
        Assert.Equal(["dan van"], Pairs("dân vận"));

        Assert.Equal(["kheo leo"], Pairs("khéo léo"));
    }

    [Fact]
    public void OneWord_GivesNoPair()
        => Assert.Empty(Pairs("Đống"));
}
