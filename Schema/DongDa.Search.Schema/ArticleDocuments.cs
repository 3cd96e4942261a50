using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DongDa.Search.Analyzers;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DongDa.Search.Schema;

/// <summary>Maps an <see cref="Article"/> to the Lucene document of the index schema (<see cref="ArticleFields"/>) and back.</summary>
public static class ArticleDocuments
{
    /// <summary>
    /// Analyzed (positions for phrases) and stored. No offsets in the postings: snippets re-analyze the stored text,
    /// and offsets made the index of the dev data 40% larger (212 MB against 152 MB).
    /// </summary>
    private static readonly FieldType AnalyzedStored = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    /// <summary>Pair keys: how often, not where (a pair is already two words side by side); not stored.</summary>
    private static readonly FieldType PairKeys = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    /// <summary>Name pair keys: whether an article writes a pair as a name, a tier and not a weight, so documents only.</summary>
    private static readonly FieldType NameKeys = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>Triple keys: counts for the accent restorer, never scored, so no norms either.</summary>
    private static readonly FieldType TripleKeys = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
        OmitNorms = true,
    });

    /// <summary>
    /// The document for <paramref name="article"/>, including its <see cref="ArticleFields.Fingerprint"/>.
    /// With <paramref name="indexTitle"/> false the title is stored but not searchable (for known-item evaluation).
    /// </summary>
    public static Document ToDocument(Article article, bool indexTitle = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ToDocument(article, indexTitle, Fingerprint(article, indexTitle));
    }

    /// <summary>The document for <paramref name="article"/> whose <paramref name="fingerprint"/> is already known.</summary>
    public static Document ToDocument(Article article, bool indexTitle, string fingerprint)
    {
        var document = new Document
        {
            new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
            // Id, fingerprint and path also as doc values: an incremental run reads them for every article,
            // and stored fields would make it decompress every body. The fingerprint is read nowhere else.
            new BinaryDocValuesField(ArticleFields.Id, new BytesRef(article.Id)),
            new BinaryDocValuesField(ArticleFields.Fingerprint, new BytesRef(fingerprint)),
            new BinaryDocValuesField(ArticleFields.Path, new BytesRef(article.Path ?? "")),
        };
        if (article.Title.Length > 0)
        {
            document.Add(indexTitle
                ? new Field(ArticleFields.Title, article.Title, AnalyzedStored)
                : new StoredField(ArticleFields.Title, article.Title));
            if (indexTitle)
            {
                document.Add(new Field(ArticleFields.Pairs, article.Title, PairKeys));
                document.Add(new Field(ArticleFields.Names, article.Title, NameKeys));
                document.Add(new Field(ArticleFields.Triples, article.Title, TripleKeys));
            }
        }
        if (!string.IsNullOrEmpty(article.Summary))
        {
            document.Add(new Field(ArticleFields.Summary, article.Summary, AnalyzedStored));
            document.Add(new Field(ArticleFields.Pairs, article.Summary, PairKeys));
            document.Add(new Field(ArticleFields.Names, article.Summary, NameKeys));
            document.Add(new Field(ArticleFields.Triples, article.Summary, TripleKeys));
        }
        if (article.Body.Length > 0)
        {
            document.Add(new Field(ArticleFields.Body, article.Body, AnalyzedStored));
            document.Add(new Field(ArticleFields.Pairs, article.Body, PairKeys));
            document.Add(new Field(ArticleFields.Names, article.Body, NameKeys));
        }
        if (article.Date is { } date)
        {
            // Shown as stored text; filtered, sorted and counted by doc values only (no searcher looks up date terms).
            document.Add(new StoredField(ArticleFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            document.Add(new NumericDocValuesField(ArticleFields.DateNumber, DateKey.Of(date)));
            document.Add(new NumericDocValuesField(ArticleFields.Year, date.Year));
        }
        if (article.Time is { } time)
        {
            document.Add(new StoredField(ArticleFields.Time, time.ToString("HH:mm", CultureInfo.InvariantCulture)));
        }
        if (AddExactValue(document, ArticleFields.Category, ArticleFields.CategoryKey, article.Category))
        {
            // Counts by category.
            document.Add(new SortedDocValuesField(ArticleFields.Category, new BytesRef(article.Category)));
        }
        AddExactValue(document, ArticleFields.Author, ArticleFields.AuthorKey, article.Author);
        if (article.Views is { } views)
        {
            document.Add(new StoredField(ArticleFields.Views, views));
        }
        if (!string.IsNullOrEmpty(article.Url))
        {
            document.Add(new StoredField(ArticleFields.Url, article.Url));
        }
        if (!string.IsNullOrEmpty(article.Source))
        {
            document.Add(new StoredField(ArticleFields.Source, article.Source));
        }
        if (!string.IsNullOrEmpty(article.Path))
        {
            document.Add(new StoredField(ArticleFields.Path, article.Path));
        }
        return document;
    }

    /// <summary>The article stored in <paramref name="document"/> (as returned by a searcher).</summary>
    public static Article FromDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DateOnly? date = DateOnly.TryParseExact(document.Get(ArticleFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
        TimeOnly? time = TimeOnly.TryParseExact(document.Get(ArticleFields.Time), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : null;
        return new Article
        {
            Id = document.Get(ArticleFields.Id) ?? "",
            Title = document.Get(ArticleFields.Title) ?? "",
            Summary = document.Get(ArticleFields.Summary),
            Body = document.Get(ArticleFields.Body) ?? "",
            Date = date,
            Time = time,
            Category = document.Get(ArticleFields.Category),
            Author = document.Get(ArticleFields.Author),
            Views = document.GetField(ArticleFields.Views)?.GetInt32Value(),
            Url = document.Get(ArticleFields.Url),
            Source = document.Get(ArticleFields.Source),
            Path = document.Get(ArticleFields.Path),
        };
    }

    /// <summary>
    /// A hash of everything the index stores for <paramref name="article"/> and of the schema version:
    /// equal fingerprints mean re-indexing would change nothing.
    /// </summary>
    public static string Fingerprint(Article article, bool indexTitle = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = string.Join('\u001F',
            IndexCompatibility.SchemaVersion, VietnameseAnalyzer.Version, indexTitle ? "t" : "-",
            article.Id, article.Title, article.Summary ?? "", article.Body,
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            article.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
            article.Category ?? "", article.Author ?? "", article.Views?.ToString(CultureInfo.InvariantCulture) ?? "",
            article.Url ?? "", article.Source ?? "", article.Path ?? "");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The value as written (stored, shown) and its filter key (indexed, what filters match); false when empty.</summary>
    private static bool AddExactValue(Document document, string field, string keyField, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        document.Add(new StoredField(field, value));
        document.Add(new StringField(keyField, VietnameseText.FilterKey(value), Field.Store.NO));
        return true;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
