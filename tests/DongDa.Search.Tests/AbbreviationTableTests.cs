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
        var table = AbbreviationTable.Parse(["CĐ\tCông đoàn", "CĐ\tCao đẳng"]);
        var match = table.LongestMatch(Keys("Công đoàn"), 0, _ => false);
        Assert.NotNull(match);
        Assert.Equal(["cd"], Assert.Single(match.Value.Equivalents).Keys);
    }
}
