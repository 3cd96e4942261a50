using System.Text.Encodings.Web;
using System.Text.Json;

namespace DongDa.Search;

/// <summary>
/// The one JSON form of DongDa.Search results, shared by <c>dongda-search --json</c> and the HTTP API: camelCase,
/// Vietnamese letters written as they are, every field present (null when unknown), snippets HTML-escaped with the
/// matched words in <c>&lt;mark&gt;</c>. Field names are a contract for scripts and portals.
/// </summary>
public static class SearchJson
{
    /// <summary>Opens a matched word in a JSON snippet.</summary>
    public const string MarkOpen = "<mark>";

    /// <summary>Closes a matched word in a JSON snippet.</summary>
    public const string MarkClose = "</mark>";

    /// <summary>The serializer options of every DongDa.Search JSON document (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The JSON document of one page of results; <paramref name="qid"/> names the topic in batch runs (else null).</summary>
    public static SearchResultsDocument ToDocument(SearchResults results, string? qid = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SearchResultsDocument(
            qid,
            results.Total,
            results.Page,
            results.PageSize,
            [.. results.Hits.Select(ToDocument)],
            new FacetsDocument(results.Years, results.Categories),
            results.Warnings,
            results.Interpretation,
            results.Suggestion,
            results.Notes);
    }

    /// <summary>One hit as JSON, as in the <c>hits</c> of a search.</summary>
    public static SearchHitDocument ToDocument(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new SearchHitDocument(hit.Id, hit.Title, hit.Date, hit.Category, hit.Author, hit.Url, hit.Path, hit.Score,
            hit.Snippet?.Format(MarkOpen, MarkClose, EscapeHtml), hit.TitleFromUrl,
            hit.Snippet is null ? null : hit.MarkedTitle.Format(MarkOpen, MarkClose, EscapeHtml));
    }

    /// <summary>The articles related to one article as JSON: <c>id</c>, <c>hits</c> (as in a search), <c>duplicates</c>.</summary>
    public static RelatedDocument ToDocument(RelatedArticles related)
    {
        ArgumentNullException.ThrowIfNull(related);
        return new RelatedDocument(related.Id, [.. related.Hits.Select(ToDocument)], [.. related.Duplicates.Select(d => new DuplicateDocument(ToDocument(d.Hit), d.Of))]);
    }

    /// <summary><paramref name="value"/> as JSON on one line.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Escapes the HTML-special characters only (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), so Vietnamese letters stay readable.</summary>
    public static string EscapeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>One page of results as JSON: <c>qid</c>, <c>total</c>, <c>page</c>, <c>pageSize</c>, <c>hits</c>, <c>facets</c>, <c>warnings</c>, <c>interpretation</c>, <c>suggestion</c>, <c>notes</c>.</summary>
/// <param name="Qid">The topic id in batch runs, else null.</param>
/// <param name="Total">How many articles match.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Hits per page asked for.</param>
/// <param name="Hits">The hits of the page, best first.</param>
/// <param name="Facets">Counts by year and category over all matches.</param>
/// <param name="Warnings">How the query was read, when the user should know.</param>
/// <param name="Interpretation">The accented reading searched for when the query was typed without accents (or as Telex/VNI keys), else null.</param>
/// <param name="Suggestion">A close reading that finds far more ("did you mean"), else null.</param>
/// <param name="Notes">Notes for the reader in Vietnamese (what a place named in the query was and became).</param>
public sealed record SearchResultsDocument(
    string? Qid, int Total, int Page, int PageSize, IReadOnlyList<SearchHitDocument> Hits, FacetsDocument Facets, IReadOnlyList<string> Warnings,
    string? Interpretation = null, string? Suggestion = null, IReadOnlyList<string>? Notes = null);

/// <summary>One hit as JSON.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">Headline.</param>
/// <param name="Date">Publication date (YYYY-MM-DD) or null.</param>
/// <param name="Category">Category or null.</param>
/// <param name="Author">Author or null.</param>
/// <param name="Url">Web address or null.</param>
/// <param name="Path">Source file relative to the indexed root, or null.</param>
/// <param name="Score">Relevance score, comparable within one result list.</param>
/// <param name="Snippet">The passage around the matched words, HTML-escaped, matched words in <c>&lt;mark&gt;</c>; null without snippets.</param>
/// <param name="TitleFromUrl">For an article without a headline, the one its web address spells, accents restored (<see cref="SearchHit.TitleFromUrl"/>); else null.</param>
/// <param name="TitleMarked">The headline, HTML-escaped, its matched words in <c>&lt;mark&gt;</c> as in the snippet; null without snippets.</param>
public sealed record SearchHitDocument(
    string Id, string Title, DateOnly? Date, string? Category, string? Author, string? Url, string? Path, float Score, string? Snippet,
    string? TitleFromUrl = null, string? TitleMarked = null);

/// <summary>Counts by year and by category as JSON.</summary>
/// <param name="Years">Hits per year, newest first.</param>
/// <param name="Categories">Hits per category, most first.</param>
public sealed record FacetsDocument(IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Categories);

/// <summary>Completions of a prefix as JSON: <c>input</c>, <c>completions</c> (<c>text</c>, <c>count</c>), as <c>dongda-search suggest --json</c> and <c>/api/suggest</c> print them.</summary>
/// <param name="Input">The prefix as typed.</param>
/// <param name="Completions">The completions, most useful first.</param>
public sealed record CompletionsDocument(string Input, IReadOnlyList<Completion> Completions);

/// <summary>Related articles as JSON (<c>dongda-search related --json</c>, <c>/api/articles/{id}/related</c>).</summary>
/// <param name="Id">The article the list is for.</param>
/// <param name="Hits">Related articles, best first, shaped as search hits.</param>
/// <param name="Duplicates">Copies of a story kept out of the list, with the id whose story each repeats.</param>
public sealed record RelatedDocument(string Id, IReadOnlyList<SearchHitDocument> Hits, IReadOnlyList<DuplicateDocument> Duplicates);

/// <summary>A copy of a story as JSON.</summary>
/// <param name="Hit">The copy, shaped as a search hit.</param>
/// <param name="Of">The id of the article whose story it repeats.</param>
public sealed record DuplicateDocument(SearchHitDocument Hit, string Of);
