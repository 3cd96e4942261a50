namespace DongDa.Search.Schema;

/// <summary>Names of the index fields: the schema shared by the indexer and the searcher.</summary>
public static class ArticleFields
{
    /// <summary>Stable article id: indexed as one exact term, stored, binary doc values (read by incremental runs).</summary>
    public const string Id = "id";

    /// <summary>Headline: analyzed with the Vietnamese analyzer (positions, no offsets: snippets re-analyze), stored.</summary>
    public const string Title = "title";

    /// <summary>Lead paragraph: analyzed, stored.</summary>
    public const string Summary = "summary";

    /// <summary>Article text: analyzed, stored.</summary>
    public const string Body = "body";

    /// <summary>
    /// Pairs of consecutive syllables of the searchable title, summary and body, folded (<c>dan van</c>), keyed by
    /// <see cref="DongDa.Search.Analyzers.SyllablePairAnalyzer"/>: frequencies, no positions, not stored.
    /// </summary>
    public const string Pairs = "pairs";

    /// <summary>Publication date as stored text, ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    public const string Date = "date";

    /// <summary>Publication date as the number yyyyMMdd: range queries and sorting (numeric doc values).</summary>
    public const string DateNumber = "date_num";

    /// <summary>Publication year: doc values for counts by year.</summary>
    public const string Year = "year";

    /// <summary>Publication time of day, stored <c>HH:mm</c>.</summary>
    public const string Time = "time";

    /// <summary>Category as written: stored, exact term, sorted doc values for counts.</summary>
    public const string Category = "category";

    /// <summary>Category folded (lower case, no accents): what filters match, so "van hoa" finds "Văn hóa".</summary>
    public const string CategoryKey = "category_key";

    /// <summary>Author as written: stored, exact term.</summary>
    public const string Author = "author";

    /// <summary>Author folded, for filters typed without accents.</summary>
    public const string AuthorKey = "author_key";

    /// <summary>View count, stored.</summary>
    public const string Views = "views";

    /// <summary>Web address, stored.</summary>
    public const string Url = "url";

    /// <summary>Publisher, stored.</summary>
    public const string Source = "source";

    /// <summary>Source file relative to the indexed root: exact term, stored, binary doc values.</summary>
    public const string Path = "path";

    /// <summary>Hash of the article's content, stored and binary doc values: an unchanged article is skipped on the next run.</summary>
    public const string Fingerprint = "fingerprint";
}
