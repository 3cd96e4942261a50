using DongDa.Search.Analyzers;
using Lucene.Net.Index;

namespace DongDa.Search.Schema.Tests;

public class SchemaRulesTests
{
    private static readonly Article Sample = new()
    {
        Id = "a-1",
        Title = "Kỳ họp",
        Body = "Nội dung",
        Date = new DateOnly(2020, 7, 8),
        Category = "Kỹ thuật",
        Author = "Quang Huy",
        Views = 12,
        Source = "Cổng thông tin",
        Path = "a/a-1.txt",
    };

    [Fact]
    public void DateKey_OrdersLikeTheDatesAndRoundTrips()
    {
        var dates = new[] { new DateOnly(2019, 12, 31), new DateOnly(2020, 1, 1), new DateOnly(2020, 10, 2) };

        Assert.Equal(dates.Select(DateKey.Of).Order(), dates.Select(DateKey.Of));
        Assert.Equal(dates, dates.Select(d => DateKey.ToDate(DateKey.Of(d))));
    }

    [Fact]
    public void CreateConfig_IsTheProductsOneWriterConfiguration()
    {
        var config = ArticleIndexWriter.CreateConfig(OpenMode.CREATE);

        Assert.Equal(OpenMode.CREATE, config.OpenMode);
        Assert.Equal(ArticleIndexWriter.DefaultRamBufferMB, config.RAMBufferSizeMB);
        Assert.False(config.UseCompoundFile);
        Assert.IsType<Lucene.Net.Search.Similarities.BM25Similarity>(config.Similarity);
    }

    [Theory]
    [InlineData(ArticleFields.Date)]
    [InlineData(ArticleFields.Category)]
    [InlineData(ArticleFields.Author)]
    [InlineData(ArticleFields.Source)]
    [InlineData(ArticleFields.Path)]
    public void ToDocument_ShownValues_AreStoredButNotIndexed(string field)
    {
        var stored = ArticleDocuments.ToDocument(Sample).GetFields(field).Where(f => f.IndexableFieldType.IsStored).ToList();

        Assert.Single(stored);
        Assert.False(stored[0].IndexableFieldType.IsIndexed);
    }

    [Fact]
    public void ToDocument_FilterKeys_UseTheFilterKeyRule()
    {
        var document = ArticleDocuments.ToDocument(Sample);

        Assert.Equal("ki thuat", document.Get(ArticleFields.CategoryKey));
        Assert.Equal(VietnameseText.FilterKey("kĩ thuật"), document.Get(ArticleFields.CategoryKey));
    }
}
