using DongDa.Search.Indexer;

namespace DongDa.Search.Tests;

public class RescoringTests
{
    [Fact]
    public void Search_HitMatchedOnlyByFoldedKeyInItsSegment_IsRescoredWithoutFailing()
    {
        // Two segments: the hit matches "phải" only through its folded key (phái), so the exact adjacency phrase has no scorer in that segment.
        var directory = TestArticles.Index([TestArticles.Seed]);
        using (var writer = TestArticles.NewWriter(directory))
        {
            writer.AddDocument(ArticleDocuments.ToDocument(new Article
            {
                Id = "second-segment",
                Title = "Luật mới",
                Body = "Luật được thông qua khi phái đoàn đến thăm.",
            }));
            writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
            writer.Commit();
        }
        using var searcher = new ArticleSearcher(directory);

        var results = searcher.Search(new SearchRequest { Query = "luật phải" });

        Assert.Equal("second-segment", Assert.Single(results.Hits).Id);
    }
}
