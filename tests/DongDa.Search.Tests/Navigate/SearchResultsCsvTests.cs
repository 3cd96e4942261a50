namespace DongDa.Search.Tests.Navigate;

public sealed class SearchResultsCsvTests
{
    private static SearchHit Hit(string id, string title, string? snippet = null) => new()
    {
        Id = id,
        Title = title,
        Date = new DateOnly(2019, 12, 13),
        Category = "Chính trị",
        Author = "Minh Anh",
        Url = "https://example.vn/" + id,
        Score = 1f,
        Snippet = snippet is null ? null : new Snippet(snippet, [new TextRange(0, 3)]),
    };

    [Fact]
    public void Write_QuotesCommasQuotesAndLineBreaks_Rfc4180WithBom()
    {
        using var writer = new StringWriter();

        var rows = SearchResultsCsv.Write(writer,
        [
            Hit("a1", "Đống Đa, Hà Nội", "Dân vận khéo"),
            Hit("a2", "Nói \"không\" với rác thải", "dòng 1\ndòng 2"),
            Hit("a3", "Tiêu đề\r\nhai dòng"),
        ]);

        Assert.Equal(3, rows);
        Assert.Equal(
            "\uFEFFid,title,date,category,author,url,snippet,title_from_url\r\n"
            + "a1,\"Đống Đa, Hà Nội\",2019-12-13,Chính trị,Minh Anh,https://example.vn/a1,Dân vận khéo,\r\n"
            + "a2,\"Nói \"\"không\"\" với rác thải\",2019-12-13,Chính trị,Minh Anh,https://example.vn/a2,\"dòng 1\ndòng 2\",\r\n"
            + "a3,\"Tiêu đề\r\nhai dòng\",2019-12-13,Chính trị,Minh Anh,https://example.vn/a3,,\r\n",
            writer.ToString());
    }

    [Fact]
    public void Write_UntitledHit_HeadlineOfItsAddressInItsOwnColumn()
    {
        using var writer = new StringWriter();

        SearchResultsCsv.Write(writer, [Hit("a1", "") with { TitleFromUrl = "Khí có hại trong nhà" }]);

        Assert.EndsWith("a1,,2019-12-13,Chính trị,Minh Anh,https://example.vn/a1,,Khí có hại trong nhà\r\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuotesSemicolonsAndTabs_WhichSpreadsheetImportsAlsoSplitOn()
    {
        using var writer = new StringWriter();

        SearchResultsCsv.Write(writer, [Hit("a1", "Hà Nội; Đống Đa", "cột\tkhác")]);

        Assert.Equal(
            "\uFEFFid,title,date,category,author,url,snippet,title_from_url\r\n"
            + "a1,\"Hà Nội; Đống Đa\",2019-12-13,Chính trị,Minh Anh,https://example.vn/a1,\"cột\tkhác\",\r\n",
            writer.ToString());
    }

    [Fact]
    public void Write_ToUtf8Stream_StartsWithTheByteOrderMark()
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            SearchResultsCsv.Write(writer, [Hit("a1", "Ủy ban")]);
        }

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'i', (byte)'d' }, stream.ToArray()[..5]);
    }

    [Fact]
    public void AllHits_PagesThroughEveryHitUpToTheLimit()
    {
        const int total = 2600;
        var pages = new List<int>();
        SearchResults Search(SearchRequest request)
        {
            pages.Add(request.Page);
            var start = (request.Page - 1) * request.PageSize;
            var hits = Enumerable.Range(start, Math.Max(0, Math.Min(request.PageSize, total - start))).Select(i => Hit("h" + i, "t")).ToList();
            return new SearchResults { Total = total, Hits = hits, Page = request.Page, PageSize = request.PageSize, Years = [], Categories = [], Warnings = [] };
        }

        var limited = SearchResultsCsv.AllHits(Search, new SearchRequest { Query = "x" }, 2500).ToList();
        Assert.Equal(2500, limited.Count);
        Assert.Equal("h2499", limited[^1].Id);
        Assert.Equal([1, 2, 3], pages);

        pages.Clear();
        Assert.Equal(total, SearchResultsCsv.AllHits(Search, new SearchRequest { Query = "x" }, 5000).Count());
        Assert.Equal([1, 2, 3], pages);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SearchResultsCsv.MaxLimit + 1)]
    public void AllHits_LimitOutOfRange_Throws(int limit)
        => Assert.Throws<ArgumentOutOfRangeException>(() => SearchResultsCsv.AllHits(_ => throw new InvalidOperationException(), new SearchRequest(), limit));
}
