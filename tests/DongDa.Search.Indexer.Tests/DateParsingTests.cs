using DongDa.Search.Indexer.Sources;

namespace DongDa.Search.Indexer.Tests;

public class DateParsingTests
{
    [Theory]
    [InlineData("2019-12-13", "2019-12-13", null)]
    [InlineData("2019-12-13T17:44:00+07:00", "2019-12-13", "17:44")]
    [InlineData("13/12/2019", "2019-12-13", null)]
    [InlineData("13/12/2019 17:44", "2019-12-13", "17:44")]
    // RSS and e-mail dates (pubDate): the clock as the source wrote it, as for ISO.
    [InlineData("Fri, 05 Mar 2021 07:30:00 +0700", "2021-03-05", "07:30")]
    [InlineData("Fri, 5 Mar 2021 07:30:00 GMT", "2021-03-05", "07:30")]
    // Seconds and milliseconds since 1970 (scrapers' timestamps): Vietnam's clock, UTC+7.
    [InlineData("1614904200", "2021-03-05", "07:30")]
    [InlineData("1614904200000", "2021-03-05", "07:30")]
    public void TryParse_ReadsTheDateAndTime(string text, string date, string? time)
    {
        Assert.True(DateParsing.TryParse(text, out var parsed, out var clock));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), clock);
    }

    [Theory]
    [InlineData("hôm qua")]
    [InlineData("42")]
    [InlineData("99999999999999999999")]
    [InlineData("Fri, 32 Mar 2021 07:30:00 +0700")]
    public void TryParse_NoDate_IsFalse(string text) => Assert.False(DateParsing.TryParse(text, out _, out _));
}
