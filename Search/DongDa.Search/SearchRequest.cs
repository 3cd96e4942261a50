namespace DongDa.Search;

/// <summary>How hits are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first (BM25 with exact-accent and adjacency boosts).</summary>
    Relevance,

    /// <summary>Newest first; ties by relevance. Articles without a date come last.</summary>
    Date,
}

/// <summary>
/// One search: the query in the DongDa.Search query language, filters, sort and the page wanted. Immutable; build it
/// with an object initializer or <c>with</c>.
/// </summary>
/// <example><code>
/// var request = new SearchRequest { Query = "UBND \"dân vận\" -bóng", From = new DateOnly(2019, 1, 1), PageSize = 20 };
/// </code></example>
public sealed record SearchRequest
{
    /// <summary>The largest page a request may ask for (batch runs ask for up to 1,000 hits per topic).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// The query: words (with or without accents), <c>"exact phrases"</c>, <c>-excluded</c> words, <c>a OR b</c>,
    /// <c>title:</c>/<c>category:</c>/<c>author:</c> values and <c>date:2019-01-01..2019-12-31</c> (also <c>date:2019</c>,
    /// <c>date:2019-05</c>). A query that does not parse is read as plain words and a warning says so.
    /// </summary>
    public string Query { get; init; } = "";

    /// <summary>The page wanted, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Only articles in this category (compared without case or accents: "the thao" matches "Thể thao").</summary>
    public string? Category { get; init; }

    /// <summary>Only articles by this author (compared without case or accents).</summary>
    public string? Author { get; init; }

    /// <summary>
    /// Only articles naming this place (<c>Láng Hạ</c>, <c>phường Láng</c>, <c>quan Dong Da</c>; kind word optional) or
    /// what it was formed from or became in the 2025 reforms; those naming it as written rank first. A name the place
    /// tables do not know is matched as a phrase.
    /// </summary>
    public string? Place { get; init; }

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The order of hits.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Whether hits carry a highlighted snippet (off for batch runs that only need the ranking).</summary>
    public bool IncludeSnippets { get; init; } = true;

    /// <summary>
    /// Whether hits carry their stored fields (title, date, category, author, url, path). When false a hit has only its id
    /// and score (title empty, the rest null, no snippet): what a batch run needs, without reading stored articles.
    /// </summary>
    public bool IncludeDetails { get; init; } = true;

    /// <summary>Whether results carry counts by year and category (off for batch runs).</summary>
    public bool IncludeFacets { get; init; } = true;
}
