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
