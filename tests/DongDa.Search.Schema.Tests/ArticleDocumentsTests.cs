using DongDa.Search.Schema;

namespace DongDa.Search.Schema.Tests;

public class ArticleDocumentsTests
{
    private static readonly Article Sample = new()
    {
        Id = "a-1",
        Title = "Kỳ họp HĐND quận",
        Summary = "Tóm tắt",
        Body = "Đoạn một\nĐoạn hai",
        Date = new DateOnly(2020, 7, 8),
        Time = new TimeOnly(14, 30),
        Category = "Chính trị",
        Author = "Quang Huy",
        Views = 1234,
        Url = "https://example.vn/a-1",
        Source = "Cổng thông tin",
        Path = "a/a-1.txt",
    };

    [Fact]
    public void FromDocument_OfToDocument_GivesTheArticleBack()
        => Assert.Equal(Sample, ArticleDocuments.FromDocument(ArticleDocuments.ToDocument(Sample)));

    [Fact]
    public void Fingerprint_ChangesWithContentAndTitleOption()
    {
        var fingerprint = ArticleDocuments.Fingerprint(Sample);

        Assert.Equal(fingerprint, ArticleDocuments.Fingerprint(Sample with { }));
        Assert.NotEqual(fingerprint, ArticleDocuments.Fingerprint(Sample with { Views = 1235 }));
        Assert.NotEqual(fingerprint, ArticleDocuments.Fingerprint(Sample, indexTitle: false));
    }

    [Fact]
    public void ToDocument_PairsEverySearchableText()
    {
        Assert.Equal<string>([Sample.Title, Sample.Summary!, Sample.Body], ArticleDocuments.ToDocument(Sample).GetValues(ArticleFields.Pairs));

        Assert.Equal<string>([Sample.Summary!, Sample.Body], ArticleDocuments.ToDocument(Sample, indexTitle: false).GetValues(ArticleFields.Pairs));
    }

    [Fact]
    public void PairsField_KeepsFrequenciesWithoutPositions()
    {
        var pairs = ArticleDocuments.ToDocument(Sample).GetField(ArticleFields.Pairs)!;

        Assert.Equal(Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, pairs.IndexableFieldType.IndexOptions);
        Assert.False(pairs.IndexableFieldType.IsStored);
    }
}
