using System.Globalization;
using System.Text.Json;
using DongDa.Search.Schema;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// One line of a JSON Lines article file (fields id, source, url, title, date, author, category, summary, body,
/// optionally views). Unknown fields are ignored; a field of the wrong type is a warning, not a failure.
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
            var url = Text(root, "url", warnings);
            var id = Text(root, "id", warnings) ?? url ?? $"{path}#{lineNumber}";
            var title = Text(root, "title", warnings) ?? "";
            var summary = Text(root, "summary", warnings);
            var body = Text(root, "body", warnings) ?? "";
            if (title.Length == 0 && string.IsNullOrEmpty(summary) && body.Length == 0)
            {
                throw new ArticleFormatException("no title, summary or body");
            }

            DateOnly? date = null;
            TimeOnly? time = null;
            if (Text(root, "date", warnings) is { } dateText)
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
                Category = Text(root, "category", warnings),
                Author = Text(root, "author", warnings),
                Views = Views(root, warnings),
                Url = url,
                Source = Text(root, "source", warnings),
                Path = path,
            };
        }
    }

    private static string? Text(JsonElement root, string name, ICollection<string> warnings)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                return text.Length == 0 ? null : text.Normalize();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                warnings.Add($"field '{name}' is a {value.ValueKind.ToString().ToLowerInvariant()}, not text; ignored");
                return null;
        }
    }

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
