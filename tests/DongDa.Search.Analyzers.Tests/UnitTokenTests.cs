namespace DongDa.Search.Analyzers.Tests;

public class UnitTokenTests
{
    [Theory]
    [InlineData("13/12/2019", "13/12/2019/folded 2019-12-13/date 2019/part 2019-12/part 12-13/part")]
    [InlineData("13-12-2019", "13-12-2019/folded 2019-12-13/date 2019/part 2019-12/part 12-13/part")]
    [InlineData("13.12.2019", "13.12.2019/folded 2019-12-13/date 2019/part 2019-12/part 12-13/part")]
    [InlineData("2019-12-13", "2019-12-13/folded 2019/part 2019-12/part 12-13/part")]
    [InlineData("15/11", "15/11/folded 11-15/date")]
    [InlineData("1/2020", "1/2020/folded 2020-01/date")]
    public void Date_IsOneTokenWithNormalizedFormAndParts(string text, string expected)
        => Assert.Equal(expected, string.Join(' ', Keys.Tagged(text)));

    [Fact]
    public void Date_AllSpellings_ShareTheNormalizedKey()
    {
        string[] spellings = ["13/12/2019", "13-12-2019", "13.12.2019", "2019-12-13"];
        Assert.All(spellings, s => Assert.Contains("2019-12-13", Keys.Tokens(s).Select(t => t.Term)));
        Assert.All(spellings, s => Assert.Equal(["2019-12-13"], Keys.QueryKeys(s)));
    }

    [Fact]
    public void Date_FoundByDayMonth_AndByYear()
    {
        var keys = Keys.Tokens("ngày 13/12/2019").Select(t => t.Term).ToArray();
        Assert.Contains(Keys.QueryKeys("13/12").Single(), keys);
        Assert.Contains(Keys.QueryKeys("2019").Single(), keys);
    }

    [Theory]
    [InlineData("1.081", "1.081/folded 1081/number")]
    [InlineData("1.000.000", "1.000.000/folded 1000000/number")]
    [InlineData("3,5", "3,5/folded")]
    [InlineData("1.081,5", "1.081,5/folded 1081,5/number")]
    [InlineData("462/510", "462/510/folded")]
    [InlineData("17:44", "17:44/folded")]
    [InlineData("7:05", "7:05/folded 07:05/number")]
    public void Number_KeepsVietnameseNotationAsOneToken(string text, string expected)
        => Assert.Equal(expected, string.Join(' ', Keys.Tagged(text)));

    [Fact]
    public void Number_WithThousandsDot_IsFoundByPlainDigits()
        => Assert.Equal(Keys.QueryKeys("1081"), Keys.QueryKeys("1.081"));

    [Theory]
    [InlineData("HĐND", "hđnd/exact hdnd/folded")]
    [InlineData("UBND", "ubnd/folded =ubnd/exact")]
    [InlineData("TP.HCM", "tphcm/folded =tphcm/exact tp/part hcm/part")]
    [InlineData("T.Ư", "tư/exact tu/folded t/part u/part")]
    public void Abbreviation_IsOneUnit(string text, string expected)
        => Assert.Equal(expected, string.Join(' ', Keys.Tagged(text)));

    [Fact]
    public void Abbreviation_DottedAndJoined_ShareAKey()
        => Assert.Equal(Keys.QueryKeys("TPHCM"), Keys.QueryKeys("TP.HCM"));

    [Fact]
    public void DottedNameInCapitals_IsKeyedAsInMixedCase()
        => Assert.Equal(Keys.QueryKeys("NetSky.X"), Keys.QueryKeys("NETSKY.X"));

    [Fact]
    public void CapitalizedWordAfterAbbreviation_IsNotGlued()
        => Assert.Equal(["tp", "hồ", "chí", "minh"], Keys.QueryKeys("TP.Hồ Chí Minh"));

    [Theory]
    [InlineData("Liên hệ ubnd.dongda@hanoi.gov.vn.", "ubnd.dongda@hanoi.gov.vn")]
    [InlineData("Xem https://dongda.hanoi.gov.vn/tin-tuc/123.html, trang chủ", "https://dongda.hanoi.gov.vn/tin-tuc/123.html")]
    [InlineData("Xem www.dongda.gov.vn.", "www.dongda.gov.vn")]
    public void Address_IsOneToken(string text, string address)
    {
        var token = Keys.Tokens(text).Single(t => t.Term == address);
        Assert.Equal(address, text[token.Start..token.End]);
    }

    [Fact]
    public void HyphenatedYears_AreTwoNumbers()
        => Assert.Equal(["1975", "2025"], Keys.QueryKeys("1975-2025"));
}
