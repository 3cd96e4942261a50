namespace DongDa.Search;

/// <summary>One page of results with the total and counts by year and category over all hits of the query.</summary>
public sealed record SearchResults
{
    /// <summary>How many articles match the query and filters.</summary>
    public required int Total { get; init; }

    /// <summary>The hits of the requested page, in order.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>The page these hits are, from 1.</summary>
    public required int Page { get; init; }

    /// <summary>The page size asked for.</summary>
    public required int PageSize { get; init; }

    /// <summary>Hits per publication year, newest first (articles without a date are not counted).</summary>
    public required IReadOnlyList<FacetCount> Years { get; init; }

    /// <summary>Hits per category, most first.</summary>
    public required IReadOnlyList<FacetCount> Categories { get; init; }

    /// <summary>What the user should know about how the query was read (e.g. "read as plain words: a quote is not closed").</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>
    /// What the query was read as when it was typed without some accents or as Telex/VNI keystrokes (<c>dan van</c> →
    /// <c>dân vận</c>), or null when it was read as typed. Not computed when hits carry no details (batch runs).
    /// </summary>
    public string? Interpretation { get; init; }

    /// <summary>
    /// "Did you mean": a close reading of the query (accents placed otherwise, a one-letter typo of a frequent word) that
    /// finds many more articles, offered when the query finds few; null otherwise.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// Notes for the reader in Vietnamese, e.g. what a place named in the query was and became
    /// (<c>Phường Láng (từ 1/7/2025) gồm phường Láng Thượng và một phần phường Láng Hạ</c>) and that its other names were searched too,
    /// or that a loanword's other form was (<c>Tìm cả cách viết liền “tivi”.</c>).
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A value of a facet and how many hits have it.</summary>
/// <param name="Value">The year or category as written.</param>
/// <param name="Count">The number of hits.</param>
public sealed record FacetCount(string Value, int Count);

/// <summary>One article in a result list.</summary>
public sealed record SearchHit
{
    /// <summary>The hit for a stored article: its metadata, a score and a snippet (search and related lists alike).</summary>
    internal static SearchHit Of(Schema.Article article, float score, Snippet? snippet) => new()
    {
        Id = article.Id,
        Title = article.Title,
        Date = article.Date,
        Category = article.Category,
        Author = article.Author,
        Url = article.Url,
        Path = article.Path,
        Score = score,
        Snippet = snippet,
    };

    /// <summary>The article's stable id (what <see cref="ArticleSearcher.GetById"/> takes).</summary>
    public required string Id { get; init; }

    /// <summary>Headline (may be empty).</summary>
    public required string Title { get; init; }

    /// <summary>
    /// For an article without a headline, the headline its web address spells (<see cref="AddressHeadline"/>), accents
    /// restored from the archive; null when the article has a headline or its address holds none. Shown as read, not
    /// as written: names are in lower case and a word may carry the wrong accents.
    /// </summary>
    public string? TitleFromUrl { get; init; }

    /// <summary>Publication date, if known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Category as written.</summary>
    public string? Category { get; init; }

    /// <summary>Author as written.</summary>
    public string? Author { get; init; }

    /// <summary>Web address.</summary>
    public string? Url { get; init; }

    /// <summary>Source file relative to the indexed root.</summary>
    public string? Path { get; init; }

    /// <summary>Relevance score (BM25 plus boosts); comparable within one result list only.</summary>
    public required float Score { get; init; }

    /// <summary>A passage of the original text around the matched words, or null when snippets were not asked for.</summary>
    public Snippet? Snippet { get; init; }

    /// <summary>
    /// The matched words of the headline, as ranges of <see cref="Title"/>, marked by the rules of the snippet; empty
    /// when it holds none or snippets were not asked for. A hit whose snippet marks nothing was found by its headline.
    /// </summary>
    public IReadOnlyList<TextRange> TitleHighlights { get; init; } = [];

    /// <summary>The whole headline with <see cref="TitleHighlights"/>, to format as a snippet is formatted.</summary>
    public Snippet MarkedTitle => new(Title, TitleHighlights);
}

/// <summary>A character range in a text.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextRange(int Start, int Length);

/// <summary>
/// A passage of an article exactly as stored (accents and tone style as the author wrote them) with the matched words
/// marked, also when they matched through the accent-free keys or an abbreviation.
/// </summary>
/// <param name="Text">The passage; "…" at either end when it was cut.</param>
/// <param name="Highlights">The matched words, as ranges of <paramref name="Text"/>, in order and not overlapping.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextRange> Highlights)
{
    /// <summary>
    /// The passage with each matched word wrapped in <paramref name="open"/> and <paramref name="close"/>; the text between
    /// is passed through <paramref name="escape"/> when given (e.g. an HTML encoder with <c>&lt;mark&gt;</c> markers).
    /// </summary>
    public string Format(string open, string close, Func<string, string>? escape = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(close);
        escape ??= s => s;
        var sb = new System.Text.StringBuilder(Text.Length + (Highlights.Count * (open.Length + close.Length)));
        var at = 0;
        foreach (var range in Highlights)
        {
            sb.Append(escape(Text[at..range.Start])).Append(open).Append(escape(Text.Substring(range.Start, range.Length))).Append(close);
            at = range.Start + range.Length;
        }
        sb.Append(escape(Text[at..]));
        return sb.ToString();
    }
}
