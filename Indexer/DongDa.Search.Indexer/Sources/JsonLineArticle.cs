using System.Globalization;
using System.Text.Json;
using DongDa.Search.Schema;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// One line of a JSON Lines article file (fields id, source, url, title, date, author, category, summary, body,
/// optionally views). Other sites' and scrapers' names for the same fields are read too (<c>content</c> for body,
/// <c>sapo</c> for summary, <c>link</c>, <c>published_at</c>, …; ours first when both are there), a list of strings
/// as one value, and text stored with its HTML as paragraphs without it. Unknown fields are ignored; a field of the
/// wrong type is a warning, not a failure.
/// </summary>
internal static class JsonLineArticle
{
    /// <summary>Parses one non-blank line. The id is the JSON id, else the URL, else <c>path#line</c>.</summary>
    /// <exception cref="ArticleFormatException">The line is not a JSON object or holds no text.</exception>
    public static Article Parse(string line, int lineNumber, string path, ICollection<string> warnings)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            var where = e.BytePositionInLine is { } pos ? $" at byte {pos}" : "";
            throw new ArticleFormatException($"malformed JSON{where} (truncated line?)");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleFormatException($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }
            var url = Text(root, UrlNames, warnings);
            var id = Text(root, IdNames, warnings) ?? url ?? $"{path}#{lineNumber}";
            var title = OneLine(Markup(Text(root, TitleNames, warnings))) ?? "";
            var summary = Markup(Text(root, SummaryNames, warnings, "\n"));
            var body = Markup(Text(root, BodyNames, warnings, "\n")) ?? "";
            if (title.Length == 0 && string.IsNullOrEmpty(summary) && body.Length == 0)
            {
                var fields = string.Join(", ", root.EnumerateObject().Select(p => p.Name).Take(12));
                throw new ArticleFormatException($"no title, summary or body (the line has: {(fields.Length > 0 ? fields : "no fields")})");
            }

            DateOnly? date = null;
            TimeOnly? time = null;
            if (Text(root, DateNames, warnings) is { } dateText)
            {
                if (DateParsing.TryParse(dateText, out var d, out var t))
                {
                    date = d;
                    time = t;
                }
                else
                {
                    warnings.Add($"unparseable date '{Shorten(dateText)}'; indexed without a date");
                }
            }

            return new Article
            {
                Id = id,
                Title = title,
                Summary = summary,
                Body = body,
                Date = date,
                Time = time,
                Category = Text(root, CategoryNames, warnings),
                Author = Text(root, AuthorNames, warnings),
                Views = Views(root, warnings),
                Url = url,
                Source = Text(root, SourceNames, warnings),
                Path = path,
            };
        }
    }

    // Our name first; then the names news sites, feeds and scrapers give the same field.
    private static readonly string[] IdNames = ["id", "guid"];
    private static readonly string[] UrlNames = ["url", "link", "canonical_url", "source_url"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] SummaryNames = ["summary", "sapo", "description", "lead", "abstract", "excerpt"];
    private static readonly string[] BodyNames = ["body", "content", "text", "article_body", "articleBody"];
    private static readonly string[] DateNames = ["date", "published_at", "publish_date", "published", "pubDate", "datePublished", "created_at"];
    private static readonly string[] CategoryNames = ["category", "section", "topic"];
    private static readonly string[] AuthorNames = ["author", "authors", "byline"];
    private static readonly string[] SourceNames = ["source", "publisher", "site"];

    /// <summary>
    /// The first of <paramref name="names"/> the line has, as text: a string trimmed and in NFC, a number as written,
    /// a list of strings joined by <paramref name="listSeparator"/>.
    /// </summary>
    private static string? Text(JsonElement root, string[] names, ICollection<string> warnings, string listSeparator = ", ")
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value))
            {
                return Text(value, name, warnings, listSeparator);
            }
        }
        return null;
    }

    private static string? Text(JsonElement value, string name, ICollection<string> warnings, string listSeparator)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                return text.Length == 0 ? null : text.Normalize();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object when NameOf(value) is { } named:
                return named.Normalize();
            case JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Null || NameOf(e) is not null):
                var items = value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? NameOf(e) : e.GetString()?.Trim())
                    .Where(t => !string.IsNullOrEmpty(t)).ToList();
                return items.Count == 0 ? null : string.Join(listSeparator, items).Normalize();
            default:
                warnings.Add($"field '{name}' is a {value.ValueKind.ToString().ToLowerInvariant()}, not text; ignored");
                return null;
        }
    }

    /// <summary>
    /// The text an object stands for, as scrapers nest an author or a section (<c>{"name": "Minh Hằng", "url": …}</c>)
    /// and WordPress's API every text (<c>"title": {"rendered": …}</c>): its <c>name</c>, <c>title</c>, <c>text</c> or
    /// <c>rendered</c>; null for an object with none of them.
    /// </summary>
    private static string? NameOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in ObjectTextNames)
        {
            if (value.TryGetProperty(property, out var text) && text.ValueKind == JsonValueKind.String && text.GetString()!.Trim() is { Length: > 0 } trimmed)
            {
                return trimmed;
            }
        }
        return null;
    }

    private static readonly string[] ObjectTextNames = ["name", "title", "text", "rendered"];

    private static string? Markup(string? text) => text is null ? null : HtmlFragmentText.Read(text) is { Length: > 0 } read ? read : null;

    private static string? OneLine(string? text) => text?.Replace('\n', ' ');

    private static int? Views(JsonElement root, ICollection<string> warnings)
    {
        if (!root.TryGetProperty("views", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0)
        {
            return number;
        }
        if (value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString()!.Replace(".", "").Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }
        warnings.Add($"field 'views' is not a count: {Shorten(value.GetRawText())}; ignored");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
