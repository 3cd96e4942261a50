using DongDa.Search.Analyzers;
using DongDa.Search.Querying;

namespace DongDa.Search.Tests;

public class AbbreviationTableTests
{
    private static List<string> Keys(string text)
    {
        using var analyzer = new VietnameseAnalyzer();
        return AbbreviationTable.FoldedKeys(analyzer, text);
    }

    [Theory]
    [InlineData("UBND", "uy ban nhan dan")]
    [InlineData("hđnd", "hoi dong nhan dan")]
    [InlineData("MTTQ", "mat tran to quoc")]
    [InlineData("TP.HCM", "thanh pho ho chi minh")]
    [InlineData("tphcm", "thanh pho ho chi minh")]
    [InlineData("CSGT", "canh sat giao thong")]
    [InlineData("VKS", "vien kiem sat")]
    [InlineData("htx", "hop tac xa")]
    [InlineData("NLĐ", "nguoi lao dong")]
    [InlineData("CCCD", "can cuoc cong dan")]
    [InlineData("QL", "quoc lo")]
    public void LongestMatch_Abbreviation_FindsLongForm(string abbreviation, string longForm)
    {
        var match = AbbreviationTable.Default.LongestMatch(Keys(abbreviation), 0, _ => false);
        Assert.NotNull(match);
        Assert.Contains(match.Value.Equivalents, e => string.Join(' ', e.Keys) == longForm);
    }

    [Fact]
    public void LongestMatch_LongForm_FindsAbbreviationAndPrefersLongest()
    {
        var match = AbbreviationTable.Default.LongestMatch(Keys("Thành phố Hồ Chí Minh hôm nay"), 0, _ => false);
        Assert.NotNull(match);
        Assert.Equal(5, match.Value.Form.Keys.Count);
        Assert.Contains(match.Value.Equivalents, e => e.Keys.SequenceEqual(["tphcm"]));
        Assert.Contains(match.Value.Equivalents, e => e.Keys.SequenceEqual(["tp", "hcm"]));
    }

    [Fact]
    public void LongestMatch_OneLetterWithoutDot_NoMatch()
    {
        Assert.Null(AbbreviationTable.Default.LongestMatch(Keys("Q"), 0, _ => false));
        Assert.NotNull(AbbreviationTable.Default.LongestMatch(Keys("Q"), 0, _ => true));
    }

    [Fact]
    public void LongestMatch_SharedAbbreviation_LongFormsDoNotFindEachOther()
    {
        var table = AbbreviationTable.Parse(["HTX\tHợp tác xã", "HTX\tHọc tập xong"]);
        var match = table.LongestMatch(Keys("Hợp tác xã"), 0, _ => false);
        Assert.NotNull(match);
        Assert.Equal(["htx"], Assert.Single(match.Value.Equivalents).Keys);
    }

    [Fact]
    public void LongestMatch_TwoLetterAbbreviation_OnlyFromShortToLong()
    {
        Assert.NotNull(AbbreviationTable.Default.LongestMatch(Keys("VN"), 0, _ => false));
        Assert.Null(AbbreviationTable.Default.LongestMatch(Keys("Việt Nam"), 0, _ => false));
    }
}
