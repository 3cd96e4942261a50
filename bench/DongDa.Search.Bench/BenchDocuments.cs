using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DongDa.Search.Bench;

/// <summary>
/// Lucene documents for the indexer and query benchmarks, with the schema of <see cref="ArticleFields"/> and the field
/// types its comments describe. Stands in for the indexer library's document mapping until that lands on main; both
/// contenders index exactly these documents, only the analyzer differs.
/// </summary>
internal static class BenchDocuments
{
    /// <summary>The analyzed fields, searched by both query benchmarks.</summary>
    public static readonly string[] TextFields = [ArticleFields.Title, ArticleFields.Summary, ArticleFields.Body];

    // Headline: postings with offsets, for highlighting without re-analysis.
    private static readonly FieldType TitleType = Freeze(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static Document Create(CorpusArticle article)
    {
        var document = new Document
        {
            new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
            new Field(ArticleFields.Title, article.Title ?? "", TitleType),
            new TextField(ArticleFields.Body, article.Body, Field.Store.YES),
            new StringField(ArticleFields.Fingerprint, Fingerprint(article), Field.Store.YES),
        };
        if (article.Summary is { } summary)
        {
            document.Add(new TextField(ArticleFields.Summary, summary, Field.Store.YES));
        }
        if (DateOnly.TryParseExact(article.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var dateNumber = date.Year * 10000 + date.Month * 100 + date.Day;
            document.Add(new StringField(ArticleFields.Date, article.Date, Field.Store.YES));
            document.Add(new Int32Field(ArticleFields.DateNumber, dateNumber, Field.Store.NO));
            document.Add(new NumericDocValuesField(ArticleFields.DateNumber, dateNumber));
            document.Add(new NumericDocValuesField(ArticleFields.Year, date.Year));
        }
        if (article.Category is { } category)
        {
            document.Add(new StringField(ArticleFields.Category, category, Field.Store.YES));
            document.Add(new SortedDocValuesField(ArticleFields.Category, new BytesRef(category)));
            document.Add(new StringField(ArticleFields.CategoryKey, VietnameseText.Fold(category), Field.Store.NO));
        }
        if (article.Author is { } author)
        {
            document.Add(new StringField(ArticleFields.Author, author, Field.Store.YES));
            document.Add(new StringField(ArticleFields.AuthorKey, VietnameseText.Fold(author), Field.Store.NO));
        }
        if (article.Url is { } url)
        {
            document.Add(new StoredField(ArticleFields.Url, url));
        }
        if (article.Source is { } source)
        {
            document.Add(new StringField(ArticleFields.Source, source, Field.Store.YES));
        }
        return document;
    }

    private static string Fingerprint(CorpusArticle article) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(article.Title + "\n" + article.SummaryAndBody)));
}
