using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>A word after a query's minus is left out, not read on: it is no context for the words before it.</summary>
public sealed class RestoreQueryPartsTests : IDisposable
{
    // tự do is the commoner pair; từ đó ends a run (before a comma) where a sentence goes on after it.
    private static readonly Article[] Archive =
    [
        .. Enumerable.Range(0, 30).Select(i => new Article
        {
            Id = $"tu-do-{i}",
            Title = $"Người dân được tự do đi lại {i}",
            Summary = "Người dân được tự do đi lại trong thành phố.",
            Body = "Người dân được tự do đi lại.",
        }),
        .. Enumerable.Range(0, 20).Select(i => new Article
        {
            Id = $"tu-đo-{i}",
            Title = $"Từ đó, thương mại phát triển {i}",
            Summary = "Từ đó, thương mại phát triển. Từ đó, thương mại tăng.",
            Body = "Từ đó, thương mại phát triển.",
        }),
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Fact]
    public void Restore_WordsBeforeAnExclusion_ReadAsWithoutIt()
    {
        Assert.Equal("tự do", _searcher.Restore("tu do").Reading);
        Assert.Equal("tự do -thương mại", _searcher.Restore("tu do -thuong mai").Reading);
    }

    [Fact]
    public void Restore_DashBetweenWords_StillOneText()
        => Assert.Equal(_searcher.Restore("tu do, thuong mai").Reading.Replace(",", " -", StringComparison.Ordinal), _searcher.Restore("tu do - thuong mai").Reading);
}
