using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

public class UnmarkedWordTests
{
    private static readonly Article WithTin = new() { Id = "tin", Title = "", Body = "Quận công bố thông tin mới về đường Láng." };
    private static readonly Article WithTin2 = new() { Id = "tín", Title = "", Body = "Quận công bố thông tín mới về đường Láng." };

    [Theory]
    [InlineData("thông tin mới")]
    [InlineData("THÔNG TIN MỚI")]
    public void AccentedQuery_WordWithoutMarks_RanksTheWordAsWrittenFirst(string query)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([WithTin2, WithTin]));
        var hits = searcher.Search(new SearchRequest { Query = query }).Hits;
        Assert.Equal(["tin", "tín"], hits.Select(h => h.Id));
    }

    [Fact]
    public void QueryWithoutAccents_MatchesBothSpellings_TheArchivesUsualReadingFirst()
    {
        var another = WithTin with { Id = "tin-2", Body = "Phường đăng thông tin mới về lịch tiêm." };
        using var searcher = new ArticleSearcher(TestArticles.Index([WithTin2, WithTin, another]));

        var hits = searcher.Search(new SearchRequest { Query = "thong tin moi" }).Hits;

        Assert.Equal(["tin", "tin-2"], hits.Take(2).Select(h => h.Id).Order());
        Assert.Equal("tín", hits[2].Id);
    }
}
