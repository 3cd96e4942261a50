using DongDa.Search.Querying;
using DongDa.Search.Schema;
using Lucene.Net.Index;

namespace DongDa.Search.Tests;

public class CommonTermStatesTests
{
    [Fact]
    public void Find_CommonTermLookedUpByAnEarlierRequest_GivesTheSameStates()
    {
        using var reader = DirectoryReader.Open(TestArticles.Index());

        var first = new TermLookup(reader).Find(ArticleFields.Body, "ủy");
        var second = new TermLookup(reader).Find(ArticleFields.Body, "ủy");

        Assert.True(first.DocFreq > 0);
        Assert.Same(first, second);
    }

    [Fact]
    public void Find_TermOfAnotherReader_IsLookedUpInThatReader()
    {
        var directory = TestArticles.Index();
        using var before = DirectoryReader.Open(directory);
        var heldBefore = new TermLookup(before).Find(ArticleFields.Body, "ủy").DocFreq;
        using (var writer = TestArticles.NewWriter(directory))
        {
            writer.AddDocument(ArticleDocuments.ToDocument(new Article { Id = "new", Title = "Tin mới", Body = "Ủy ban phường họp." }));
            writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
            writer.Commit();
        }
        using var after = DirectoryReader.Open(directory);

        Assert.Equal(heldBefore + 1, new TermLookup(after).Find(ArticleFields.Body, "ủy").DocFreq);
    }

    [Fact]
    public void Search_RepeatedWithSharedStates_RanksAndScoresAsTheFirstTime()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index());
        var request = new SearchRequest { Query = "ủy ban nhân dân quận Đống Đa" };

        var first = searcher.Search(request).Hits.Select(h => (h.Id, h.Score)).ToList();
        var second = searcher.Search(request).Hits.Select(h => (h.Id, h.Score)).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
