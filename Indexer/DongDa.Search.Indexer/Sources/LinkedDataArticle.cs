using System.Text.Json;
using AngleSharp.Dom;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// What a page's schema.org data says of its article (<c>&lt;script type="application/ld+json"&gt;</c>, the form
/// search engines read, and on many news sites the only place the publication time is written): the first object of
/// an article type, alone, in a list or in an <c>@graph</c>. Data that does not parse is ignored; the page is read as
/// it would be without it.
/// </summary>
internal sealed record LinkedDataArticle(string? Headline, string? Published, string? Author, string? Section, string? Description, string? Url, string? Body)
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report"];

    /// <summary>The article described in <paramref name="document"/>'s linked data, or null when it describes none.</summary>
    public static LinkedDataArticle? From(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true });
                if (Find(json.RootElement) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing; the meta tags and the text still do.
            }
        }
        return null;
    }

    private static LinkedDataArticle? Find(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(Find).FirstOrDefault(a => a is not null);
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (element.TryGetProperty("@graph", out var graph) && Find(graph) is { } inGraph)
        {
            return inGraph;
        }
        if (!element.TryGetProperty("@type", out var type) || !Strings(type).Any(t => ArticleTypes.Contains(t, StringComparer.Ordinal)))
        {
            return null;
        }
        return new LinkedDataArticle(
            Text(element, "headline") ?? Text(element, "name"),
            Text(element, "datePublished") ?? Text(element, "dateCreated"),
            Text(element, "author"),
            Text(element, "articleSection"),
            Text(element, "description"),
            Text(element, "url"),
            Text(element, "articleBody"));
    }

    /// <summary>A property's text: a string, the first of a list, or the <c>name</c> of an object (an author as a Person).</summary>
    private static string? Text(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) ? Strings(value).Select(s => s.Trim()).FirstOrDefault(s => s.Length > 0) : null;

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object when value.TryGetProperty("name", out var name) => Strings(name),
        _ => [],
    };
}
