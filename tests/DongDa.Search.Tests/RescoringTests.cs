using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

public class RescoringTests
{
    [Fact]
    public void Search_HitWithoutTheBonusTermsInItsSegment_IsRescoredWithoutFailing()
    {
        // Two segments. The query, typed with accents, has one unmarked word (tin), so its exact key =tin rescores the
        // top hits; the hit matches "phải" and "tin" only through folded keys (phái, tín), and its segment has no =tin.
        var directory = TestArticles.Index([TestArticles.Seed]);
        using (var writer = TestArticles.NewWriter(directory))
        {
            writer.AddDocument(ArticleDocuments.ToDocument(new Article
            {
                Id = "second-segment",
                Title = "Luật mới",
                Body = "Luật được thông qua khi phái đoàn uy tín đến thăm.",
            }));
            writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
            writer.Commit();
        }
        using var searcher = new ArticleSearcher(directory);

        var results = searcher.Search(new SearchRequest { Query = "luật phải tin" });

        Assert.Equal("second-segment", Assert.Single(results.Hits).Id);
    }
}

public class FoldedFallbackRescoringTests
{
    private static readonly Article[] Archive =
    [
        new() { Id = "marked", Title = "Họp bàn", Body = "Ủy ban nhân dân quận họp bàn kế hoạch chỉnh trang đô thị năm nay." },
        new() { Id = "bare", Title = "Hop ban", Body = "Uy ban nhan dan quan hop ban ke hoach chinh trang do thi nam nay." },
        new() { Id = "other", Title = "Trời mưa", Body = "Trời mưa to suốt đêm, nhiều phố ngập." },
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Search_LongAccentedQuery_FindsTextWrittenWithoutAccents_BelowTheAccentedOne(bool byRescoring)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive), new ArticleSearcherOptions { FoldedFallbackByRescoring = byRescoring });

        var ids = searcher.Search(new SearchRequest { Query = "kế hoạch chỉnh trang đô thị" }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["marked", "bare"], ids);
    }

    [Fact]
    public void Search_LongAccentedQuery_FallbackByRescoring_ScoresTheTopAsTheFallbackClauseDid()
    {
        var directory = TestArticles.Index(Archive);
        using var clauses = new ArticleSearcher(directory, new ArticleSearcherOptions { FoldedFallbackByRescoring = false });
        using var rescored = new ArticleSearcher(directory);
        var request = new SearchRequest { Query = "kế hoạch chỉnh trang đô thị" };

        var expected = clauses.Search(request).Hits.Select(h => h.Score).ToList();
        var actual = rescored.Search(request).Hits.Select(h => h.Score).ToList();

        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected.Zip(actual), p => Assert.Equal(p.First, p.Second, 3));
    }
}

public class CommonWordTests
{
    // In four articles: "của" and "và" in all, "phố" and "quận" in two, "chỉnh trang" in one. At a share of 0.3 the first
    // four are common words (a small archive makes every word frequent; the default share is for whole archives).
    private static readonly Article[] Archive =
    [
        new() { Id = "plan", Title = "Kế hoạch chỉnh trang", Body = "Kế hoạch chỉnh trang phố của quận và phường." },
        new() { Id = "common-1", Title = "Tin ngắn", Body = "Ý kiến của người dân và cán bộ." },
        new() { Id = "common-2", Title = "Thời tiết", Body = "Trời mưa, nhiều phố của quận và huyện ngập." },
        new() { Id = "common-3", Title = "Thể thao", Body = "Đội bóng của trường và câu lạc bộ thắng." },
    ];

    private static readonly ArticleSearcherOptions Options = new() { CommonWordShare = 0.3f };

    [Fact]
    public void Search_LongQuery_ArticleWithOnlyCommonWords_IsNoMatch()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive), Options);

        var ids = searcher.Search(new SearchRequest { Query = "chỉnh trang của và" }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["plan"], ids);
    }

    [Fact]
    public void Search_LongQuery_CommonWordsScoreTheHitsAsBefore()
    {
        var directory = TestArticles.Index(Archive);
        using var before = new ArticleSearcher(directory, Options with { CommonWordShare = 1 });
        using var now = new ArticleSearcher(directory, Options);
        var request = new SearchRequest { Query = "chỉnh trang phố của quận và" };

        var expected = before.Search(request).Hits;
        var actual = now.Search(request).Hits;

        // "phố của quận" stands together in common-2: its pairs find it; common-1 and common-3 hold only common words.
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected.Select(h => h.Id).Where(id => id is "plan" or "common-2"), actual.Select(h => h.Id));
        Assert.All(actual, h => Assert.Equal(expected.Single(e => e.Id == h.Id).Score, h.Score, 3));
    }
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

public class WordCoverageTests
{
    // A headline's rarest word (cấm) names the story; "xe tải vào phố Khâm Thiên" is what other reports say, often.
    private static readonly Article[] Archive =
    [
        new() { Id = "story", Title = "Tin giao thông", Body = "Theo quyết định mới của thành phố, quận cấm xe tải vào phố Khâm Thiên." },
        new() { Id = "often", Title = "Giờ cao điểm", Body = "Xe tải vào phố Khâm Thiên. Xe tải vào phố Khâm Thiên." },
        new() { Id = "other-1", Title = "Thời tiết", Body = "Trời mưa, xe tải vào phố chậm." },
        new() { Id = "other-2", Title = "Chợ", Body = "Chợ đông người, xe tải vào phố chở rau." },
        new() { Id = "other-3", Title = "Trường học", Body = "Học sinh đi học sớm." },
        new() { Id = "other-4", Title = "Công viên", Body = "Công viên mở cửa đến tối." },
        new() { Id = "other-5", Title = "Thư viện", Body = "Thư viện có thêm sách mới." },
    ];

    [Fact]
    public void Search_Headline_ArticleHoldingItsRareWords_RanksAboveOneRepeatingItsCommonWords()
    {
        var directory = TestArticles.Index(Archive);
        using var without = new ArticleSearcher(directory, new ArticleSearcherOptions { WordCoverageExponent = 0 });
        using var searcher = new ArticleSearcher(directory);
        var request = new SearchRequest { Query = "Cấm xe tải vào phố Khâm Thiên" };

        Assert.Equal("often", without.Search(request).Hits[0].Id);
        Assert.Equal("story", searcher.Search(request).Hits[0].Id);
    }

    [Theory]
    [InlineData("long-form", "Ủy ban nhân dân quận cấm xe tải vào phố Khâm Thiên.")]
    [InlineData("abbreviated", "UBND quận cấm xe tải vào phố Khâm Thiên.")]
    public void Search_Headline_AbbreviationHeldInAnyForm_KeepsTheWholeScore(string id, string body)
    {
        // Every word of the query is in the article, the abbreviation as typed or as its long form (a phrase, read from
        // positions): coverage multiplies its score by 1, so it scores as without coverage.
        var directory = TestArticles.Index([.. Archive, new Article { Id = id, Title = "Phân luồng", Body = body }]);
        using var without = new ArticleSearcher(directory, new ArticleSearcherOptions { WordCoverageExponent = 0 });
        using var searcher = new ArticleSearcher(directory);
        var request = new SearchRequest { Query = "UBND cấm xe tải vào phố Khâm Thiên", PageSize = 20 };

        var expected = without.Search(request).Hits.Single(h => h.Id == id).Score;
        var actual = searcher.Search(request).Hits.Single(h => h.Id == id).Score;

        Assert.Equal(expected, actual, 4);
    }

    [Fact]
    public void Search_ShortQuery_ScoresAsWithoutCoverage()
    {
        var directory = TestArticles.Index(Archive);
        using var without = new ArticleSearcher(directory, new ArticleSearcherOptions { WordCoverageExponent = 0 });
        using var searcher = new ArticleSearcher(directory);
        var request = new SearchRequest { Query = "xe tải" };

        var expected = without.Search(request).Hits;
        var actual = searcher.Search(request).Hits;

        Assert.NotEmpty(actual);
        Assert.Equal(expected.Select(h => (h.Id, h.Score)), actual.Select(h => (h.Id, h.Score)));
    }
}
