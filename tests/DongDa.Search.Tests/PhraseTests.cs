using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>A phrase (quoted, or the long form of an abbreviation) is found where its words stand side by side.</summary>
public class PhraseTests
{
    private static readonly Article[] Archive =
    [
        new() { Id = "together", Title = "Tin quận", Body = "Thành phố Hồ Chí Minh mở thêm tuyến xe buýt." },
        new() { Id = "bare", Title = "Tin quan", Body = "Thanh pho Ho Chi Minh mo them tuyen xe buyt." },
        new() { Id = "apart", Title = "Tin khác", Body = "Phố cổ có thành cổ; ông Minh đến Hồ Tây chơi." },
        new() { Id = "hyphen", Title = "Tin sở", Body = "Sở Lao động - Thương binh và Xã hội họp." },
    ];

    private static List<string> Ids(string query)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive));
        return [.. searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Search_QuotedPhrase_FindsTheWordsSideBySide_NotApart() => Assert.Equal(["together"], Ids("\"thành phố\""));

    [Fact]
    public void Search_QuotedPhraseHalfAccented_FindsTheBareWordInAnyReading()
        // "thanh" typed bare matches thành, "phố" only phố: no reading of the pair is named, so its folded key stands for it.
        => Assert.Equal(["together"], Ids("\"thanh phố\""));

    [Fact]
    public void Search_QuotedPhraseWithoutAccents_FindsEveryReading() => Assert.Equal(["bare", "together"], Ids("\"thanh pho ho chi minh\""));

    [Fact]
    public void Search_AbbreviationInAShortQuery_FindsItsLongForm() => Assert.Contains("together", Ids("TP HCM"));

    [Fact]
    public void Search_QuotedPhrase_FindsItsWordsAcrossADash()
        // A name is written with or without its dash (Lao động - Thương binh và Xã hội): its words are still side by side.
        => Assert.Equal(["hyphen"], Ids("\"lao động thương binh\""));
}

public class CommonNameTests
{
    // "Việt Nam" in three of five articles: at a share of 0.3 it is a common name, like the common words "của" and "và".
    private static readonly Article[] Archive =
    [
        new() { Id = "plan", Title = "Kế hoạch chỉnh trang", Body = "Việt Nam có kế hoạch chỉnh trang phố của quận và phường." },
        new() { Id = "common-1", Title = "Tin ngắn", Body = "Ý kiến của người dân Việt Nam và cán bộ." },
        new() { Id = "common-2", Title = "Thời tiết", Body = "Trời mưa ở Việt Nam, nhiều nơi của quận và huyện ngập." },
        new() { Id = "other-1", Title = "Thể thao", Body = "Đội bóng của trường và câu lạc bộ thắng." },
        new() { Id = "other-2", Title = "Chợ", Body = "Chợ đông người của phường và quận." },
    ];

    private static readonly ArticleSearcherOptions Options = new() { CommonWordShare = 0.3f };

    [Fact]
    public void Search_LongQuery_CommonAbbreviationScoresTheHitsAsBefore()
    {
        var directory = TestArticles.Index(Archive);
        using var before = new ArticleSearcher(directory, Options with { CommonWordShare = 1 });
        using var now = new ArticleSearcher(directory, Options);
        var request = new SearchRequest { Query = "VN chỉnh trang của và" };

        var expected = before.Search(request).Hits;
        var actual = now.Search(request).Hits;

        // Articles holding only Việt Nam and common words are no match any more, as when the query types Việt Nam out.
        Assert.Equal(5, expected.Count);
        Assert.Equal(["plan"], actual.Select(h => h.Id));
        Assert.Equal(expected.Single(e => e.Id == "plan").Score, actual[0].Score, 3);
    }

    [Fact]
    public void Search_LongQuery_OnlyCommonWordsAndACommonName_FindsTheArticlesHoldingTheName()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive), Options);

        // Each word is common, and no two stand together in any article, so only the name can find the hits.
        var ids = searcher.Search(new SearchRequest { Query = "VN của và người" }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["common-1", "common-2", "plan"], ids);
    }
}
