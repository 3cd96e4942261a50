using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>A loanword the archive writes as one word with marks (ôtô, Matxcơva) is read back like a syllable.</summary>
public sealed class RestoreLoanwordTests : IDisposable
{
    private static readonly Article[] Archive =
    [
        new() { Id = "oto", Title = "Xe ôtô", Body = string.Concat(Enumerable.Repeat("Tài xế ôtô chở khách về nhà. ", 20)) },
        new() { Id = "mat", Title = "Thủ đô Nga", Body = string.Concat(Enumerable.Repeat("Trời tuyết ở Matxcơva. Người dân Matxcơva đi làm. ", 10)) },
        new() { Id = "cafe", Title = "Quán", Body = string.Concat(Enumerable.Repeat("Quán café mở cửa sớm. ", 10)) },
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Fact]
    public void Restore_LoanwordsWrittenAsOneWord_ReadWithTheirMarks()
    {
        Assert.Equal("Trời tuyết ở Matxcơva", _searcher.Restore("Troi tuyet o Matxcova").Reading);
    }

    [Fact]
    public void Restore_LoanwordTheArchiveWritesAsSyllablesRunTogether_ReadApart()
        => Assert.Equal("Tài xế ô tô chở khách", _searcher.Restore("Tai xe oto cho khach").Reading);

    [Theory]
    [InlineData("ô tô")]
    [InlineData("ôtô")]
    [InlineData("o to")]
    [InlineData("oto")]
    [InlineData("xe oto")]
    public void Search_LoanwordInAnySpacing_FindsItWrittenTogether(string query)
    {
        var results = _searcher.Search(new SearchRequest { Query = query });
        Assert.Equal("oto", Assert.Single(results.Hits).Id);
    }

    [Fact]
    public void Search_WordTypedTogetherWithoutMarks_SaysItWasReadApart()
        => Assert.Equal("ô tô", _searcher.Search(new SearchRequest { Query = "oto" }).Interpretation);

    [Fact]
    public void Restore_EnglishTextWithAWordTheArchiveWritesMarked_StaysAsTyped()
    {
        Assert.Equal("Quán café mở cửa", _searcher.Restore("Quan cafe mo cua").Reading);
        Assert.Equal("the cafe is open", _searcher.Restore("the cafe is open").Reading);
    }
}
