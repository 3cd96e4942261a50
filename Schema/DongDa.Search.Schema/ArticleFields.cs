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

    /// <summary>
    /// The pairs of <see cref="Pairs"/> whose two words are each written with a capital first letter (<c>Thanh Xuân</c>,
    /// not <c>thanh xuân</c>), folded, keyed by <see cref="DongDa.Search.Analyzers.NamePairAnalyzer"/>: which articles
    /// write a pair as a name; documents only, no norms, not stored.
    /// </summary>
    public const string Names = "names";

    /// <summary>
    /// Runs of three syllables of the searchable title and summary as written (<c>bản tin vắn</c>), keyed by
    /// <see cref="DongDa.Search.Analyzers.SyllableTripleAnalyzer"/>: frequencies, no positions, no norms, not stored, not
    /// searched. The counts of the accent restorer's trigram level; headlines and leads only, the register queries are
    /// typed in, at a tenth of the body's cost.
    /// </summary>
    public const string Triples = "triples";

    /// <summary>Publication date as stored text, ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    public const string Date = "date";

    /// <summary>Publication date as the number yyyyMMdd (<see cref="DateKey"/>): numeric doc values for date ranges, sorting and the date span.</summary>
    public const string DateNumber = "date_num";

    /// <summary>Publication year: doc values for counts by year.</summary>
    public const string Year = "year";

    /// <summary>Publication time of day, stored <c>HH:mm</c>.</summary>
    public const string Time = "time";

    /// <summary>Category as written: stored, sorted doc values for counts.</summary>
    public const string Category = "category";

    /// <summary>Category key (<see cref="DongDa.Search.Analyzers.VietnameseText.FilterKey"/>): what filters match, so "van hoa" finds "Văn hóa" and "kĩ thuật" finds "Kỹ thuật".</summary>
    public const string CategoryKey = "category_key";

    /// <summary>Author as written: stored.</summary>
    public const string Author = "author";

    /// <summary>Author key (<see cref="DongDa.Search.Analyzers.VietnameseText.FilterKey"/>), for filters typed without accents.</summary>
    public const string AuthorKey = "author_key";

    /// <summary>View count, stored.</summary>
    public const string Views = "views";

    /// <summary>Web address, stored.</summary>
    public const string Url = "url";

    /// <summary>Publisher, stored.</summary>
    public const string Source = "source";

    /// <summary>Source file relative to the indexed root: stored, binary doc values (read by incremental runs).</summary>
    public const string Path = "path";

    /// <summary>Hash of the article's content, binary doc values: an unchanged article is skipped on the next run.</summary>
    public const string Fingerprint = "fingerprint";
}
