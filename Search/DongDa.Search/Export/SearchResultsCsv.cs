using System.Globalization;

namespace DongDa.Search;

/// <summary>
/// Result lists to take away: every hit of a query (up to a limit, not one page) as CSV, one row per hit with id,
/// title, date, category, author, url, the plain snippet and, for an article without a headline, the one its web
/// address spells (<see cref="SearchHit.TitleFromUrl"/>). RFC 4180 (fields with a comma, quote or line break are
/// quoted, quotes doubled, CRLF between records), beginning with a byte-order mark so spreadsheet programs read the
/// Vietnamese letters as UTF-8.
/// </summary>
/// <example><code>
/// using var file = new StreamWriter("ket-qua.csv", false, new UTF8Encoding(false));
/// SearchResultsCsv.Write(file, searcher.Search, new SearchRequest { Query = "dân vận" }, limit: 500);
/// </code></example>
public static class SearchResultsCsv
{
    /// <summary>Hits written when the caller does not say how many.</summary>
    public const int DefaultLimit = 1000;

    /// <summary>The most hits one list may hold.</summary>
    public const int MaxLimit = 100_000;

    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "title", "date", "category", "author", "url", "snippet", "title_from_url"];

    /// <summary>
    /// Runs <paramref name="request"/> page by page through <paramref name="search"/> (e.g. <c>searcher.Search</c>) and
    /// writes its first <paramref name="limit"/> hits, in rank order, to <paramref name="writer"/>. Returns the rows written.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Limit outside 1..<see cref="MaxLimit"/>.</exception>
    public static int Write(TextWriter writer, Func<SearchRequest, SearchResults> search, SearchRequest request, int limit = DefaultLimit)
        => Write(writer, AllHits(search, request, limit));

    /// <summary>Writes the byte-order mark, the header and one row per hit; returns the rows written.</summary>
    public static int Write(TextWriter writer, IEnumerable<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(hits);
        // U+FEFF: a UTF-8 writer encodes it as EF BB BF, the mark Excel and LibreOffice look for.
        writer.Write('\uFEFF');
        WriteRecord(writer, Columns);
        var rows = 0;
        foreach (var hit in hits)
        {
            WriteRecord(writer,
            [
                hit.Id, hit.Title, hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hit.Category, hit.Author, hit.Url,
                hit.Snippet?.Text, hit.TitleFromUrl,
            ]);
            rows++;
        }
        return rows;
    }

    /// <summary>The first <paramref name="limit"/> hits of <paramref name="request"/>, fetched a page of up to <see cref="SearchRequest.MaxPageSize"/> at a time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Limit outside 1..<see cref="MaxLimit"/>.</exception>
    public static IEnumerable<SearchHit> AllHits(Func<SearchRequest, SearchResults> search, SearchRequest request, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        return Pages(search, request, limit);
    }

    private static IEnumerable<SearchHit> Pages(Func<SearchRequest, SearchResults> search, SearchRequest request, int limit)
    {
        var pageSize = Math.Min(limit, SearchRequest.MaxPageSize);
        var written = 0;
        for (var page = 1; written < limit; page++)
        {
            var results = search(request with { Page = page, PageSize = pageSize, IncludeFacets = false, IncludeDetails = true });
            foreach (var hit in results.Hits.Take(limit - written))
            {
                yield return hit;
                written++;
            }
            if (results.Hits.Count < pageSize || written >= results.Total)
            {
                yield break;
            }
        }
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Field(fields[i] ?? ""));
        }
        writer.Write("\r\n");
    }

    private static readonly System.Buffers.SearchValues<char> NeedQuotes = System.Buffers.SearchValues.Create(",\"\r\n;\t");

    /// <summary>
    /// A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line break, and also a
    /// semicolon or tab, which LibreOffice's import dialog splits on by default as well.
    /// </summary>
    internal static string Field(string value)
        => value.AsSpan().IndexOfAny(NeedQuotes) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
