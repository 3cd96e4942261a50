using System.Globalization;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DongDa.Search;

/// <summary>
/// The article ↔ document mapping the searcher reads, following <see cref="ArticleFields"/>. The indexer's writer owns
/// the production mapping; this one serves tests, the evaluation and reading stored articles back.
/// </summary>
internal static class ArticleDocumentMapping
{
    /// <summary>The document for <paramref name="article"/>: text fields analyzed, metadata as exact terms and doc values.</summary>
    public static Document ToDocument(Article article)
    {
        var doc = new Document
        {
            new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
            new TextField(ArticleFields.Title, article.Title, Field.Store.YES),
            new TextField(ArticleFields.Summary, article.Summary ?? "", Field.Store.YES),
            new TextField(ArticleFields.Body, article.Body, Field.Store.YES),
        };
        if (article.Date is { } date)
        {
            doc.Add(new StoredField(ArticleFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new NumericDocValuesField(ArticleFields.DateNumber, DateNumber(date)));
            doc.Add(new NumericDocValuesField(ArticleFields.Year, date.Year));
        }
        if (article.Time is { } time)
        {
            doc.Add(new StoredField(ArticleFields.Time, time.ToString("HH:mm", CultureInfo.InvariantCulture)));
        }
        if (!string.IsNullOrWhiteSpace(article.Category))
        {
            doc.Add(new StringField(ArticleFields.Category, article.Category, Field.Store.YES));
            doc.Add(new SortedDocValuesField(ArticleFields.Category, new BytesRef(article.Category)));
            doc.Add(new StringField(ArticleFields.CategoryKey, VietnameseText.Fold(article.Category), Field.Store.NO));
        }
        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            doc.Add(new StringField(ArticleFields.Author, article.Author, Field.Store.YES));
            doc.Add(new StringField(ArticleFields.AuthorKey, VietnameseText.Fold(article.Author), Field.Store.NO));
        }
        if (article.Views is { } views)
        {
            doc.Add(new StoredField(ArticleFields.Views, views));
        }
        AddStored(doc, ArticleFields.Url, article.Url);
        AddStored(doc, ArticleFields.Source, article.Source);
        AddStored(doc, ArticleFields.Path, article.Path);
        return doc;
    }

    /// <summary>The article stored in <paramref name="doc"/>.</summary>
    public static Article ToArticle(Document doc) => new()
    {
        Id = doc.Get(ArticleFields.Id) ?? "",
        Title = doc.Get(ArticleFields.Title) ?? "",
        Summary = NullIfEmpty(doc.Get(ArticleFields.Summary)),
        Body = doc.Get(ArticleFields.Body) ?? "",
        Date = ParseDate(doc.Get(ArticleFields.Date)),
        Time = TimeOnly.TryParseExact(doc.Get(ArticleFields.Time), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
        Category = NullIfEmpty(doc.Get(ArticleFields.Category)),
        Author = NullIfEmpty(doc.Get(ArticleFields.Author)),
        Views = doc.GetField(ArticleFields.Views)?.GetInt32Value(),
        Url = NullIfEmpty(doc.Get(ArticleFields.Url)),
        Source = NullIfEmpty(doc.Get(ArticleFields.Source)),
        Path = NullIfEmpty(doc.Get(ArticleFields.Path)),
    };

    /// <summary>A date as the number yyyyMMdd, the form of <see cref="ArticleFields.DateNumber"/>.</summary>
    public static int DateNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    /// <summary>Reads a stored ISO 8601 date.</summary>
    public static DateOnly? ParseDate(string? text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static void AddStored(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
