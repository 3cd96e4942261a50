using DongDa.Search.Schema;
using DongDa.Search.Typing;

namespace DongDa.Search.Tests;

/// <summary>A number stands between words as punctuation does: no pair, so no word is read by what follows it.</summary>
public sealed class RestoreBeforeNumberTests : IDisposable
{
    // "quan ở" and "quan ơ" are equally common; "ở" is also common everywhere else, "ơ" is not.
    private static readonly Article[] Archive =
    [
        new() { Id = "o", Title = "Ở", Body = string.Concat(Enumerable.Repeat("Quan ở đây. ", 20)) + string.Concat(Enumerable.Repeat("Người ở nhà. ", 250)) },
        new() { Id = "oi", Title = "Ơ", Body = string.Concat(Enumerable.Repeat("Quan ơ kìa. ", 20)) },
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Fact]
    public void Restore_WordBeforeANumber_ReadAsWithoutTheNumber()
    {
        Assert.Equal("quan ở", _searcher.Restore("quan o").Reading);
        Assert.Equal("quan ở 8", _searcher.Restore("quan o 8").Reading);
    }

    [Fact]
    public void Words_ANumber_BreaksThePairsOnBothSides()
    {
        var words = TypedText.Words("Tuong quan o 8 bang dau");

        Assert.Equal([true, false, false, true, true, false], words.Select(w => w.AfterBreak));
    }
}
