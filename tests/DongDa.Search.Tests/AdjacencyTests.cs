using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

public class AdjacencyTests
{
    private static readonly Article SideBySide = new() { Id = "side-by-side", Title = "Hội nghị", Body = "Hội nghị bàn về công tác dân vận của phường." };
    private static readonly Article AcrossComma = new() { Id = "across-comma", Title = "Hội nghị", Body = "Hội nghị mời người dân, vận động cả phường." };

    private static List<string> Ids(string query)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([AcrossComma, SideBySide]));
        return [.. searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id)];
    }

    [Theory]
    [InlineData("dân vận")]
    [InlineData("dan van")]
    [InlineData("DÂN VẬN")]
    public void WordsSideBySide_RankAboveWordsAcrossPunctuation(string query)
        => Assert.Equal(["side-by-side", "across-comma"], Ids(query));

    [Fact]
    public void QueryWordsAcrossPunctuation_AreNotAPair()
    {
        // "dân, vận" in the query asks for two words, not the word dân vận: neither article gets the pair bonus.
        using var searcher = new ArticleSearcher(TestArticles.Index([AcrossComma, SideBySide]));

        var apart = searcher.Search(new SearchRequest { Query = "dân, vận" }).Hits;
        var together = searcher.Search(new SearchRequest { Query = "dân vận" }).Hits;

        Assert.Equal(apart.Single(h => h.Id == "side-by-side").Score, apart.Single(h => h.Id == "across-comma").Score, 0.2f);
        Assert.True(together.Single(h => h.Id == "side-by-side").Score > apart.Single(h => h.Id == "side-by-side").Score);
    }

    [Fact]
    public void QueryWithZeroWidthSpace_PairsAsTheIndexDoes()
    {
        // The char filter drops U+200B before the tokenizer, in the index and in the query alike.
        using var searcher = new ArticleSearcher(TestArticles.Index([AcrossComma, SideBySide]));

        var plain = searcher.Search(new SearchRequest { Query = "dân vận" }).Hits;
        var pasted = searcher.Search(new SearchRequest { Query = "dân\u200B vận" }).Hits;

        Assert.Equal(plain.Select(h => (h.Id, h.Score)), pasted.Select(h => (h.Id, h.Score)));
    }
}
