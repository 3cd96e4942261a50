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
