using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DongDa.Search.Schema;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// An article page saved from the portal or a news site: title, date, lead and main text,
/// with menus, scripts, sidebars and footers removed. Generic rules, no per-site templates:
/// metadata from Open Graph / article meta tags and <c>&lt;time&gt;</c>, the main text from
/// <c>&lt;article&gt;</c>, <c>&lt;main&gt;</c> or else the element holding the most paragraph text.
/// </summary>
internal static partial class HtmlArticle
{
    private const string Boilerplate =
        "script, style, noscript, template, iframe, svg, form, button, nav, header, footer, aside, menu, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";

    private static readonly string[] BoilerplateMarkers =
        ["menu", "nav", "footer", "sidebar", "breadcrumb", "comment", "share", "social", "related", "advert", "banner", "cookie", "tags"];

    [GeneratedRegex(@"\b(\d{1,2}/\d{1,2}/\d{4})(?:\D{0,12}?(\d{1,2}:\d{2}))?")]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Parses <paramref name="html"/>. The id is the canonical URL when the page names one, else <paramref name="fallbackId"/>.</summary>
    /// <exception cref="ArticleFormatException">The page has no title and no text.</exception>
    public static Article Parse(string html, string fallbackId, string path, ICollection<string> warnings)
    {
        using var document = new HtmlParser().ParseDocument(html);

        var linked = LinkedDataArticle.From(document);
        var url = Meta(document, "link[rel=canonical]", "href") ?? Meta(document, "meta[property='og:url']", "content") ?? Clean(linked?.Url);
        var title = Meta(document, "meta[property='og:title']", "content")
            ?? Clean(linked?.Headline)
            ?? Clean(document.QuerySelector("article h1, main h1, h1")?.TextContent)
            ?? Clean(document.Title);
        var summary = Meta(document, "meta[property='og:description']", "content")
            ?? Meta(document, "meta[name=description]", "content")
            ?? Clean(linked?.Description);
        var author = Meta(document, "meta[name=author]", "content")
            ?? Meta(document, "meta[property='article:author']", "content")
            ?? Clean(linked?.Author);
        var category = Meta(document, "meta[property='article:section']", "content") ?? Clean(linked?.Section);
        var dateText = Meta(document, "meta[property='article:published_time']", "content")
            ?? Meta(document, "meta[itemprop=datePublished]", "content")
            ?? Meta(document, "meta[name=pubdate]", "content")
            ?? Clean(linked?.Published)
            ?? Meta(document, "time[datetime]", "datetime");

        foreach (var element in document.QuerySelectorAll(Boilerplate).ToList())
        {
            element.Remove();
        }
        var main = document.QuerySelector("[itemprop=articleBody]")
            ?? document.QuerySelectorAll("article").MaxBy(ParagraphText)
            ?? document.QuerySelector("main");
        // A block holding the article or the headline is the page's main column, whatever its class says (a large
        // news site calls its columns sidebar-1 and sidebar-2).
        var column = main ?? document.QuerySelector("h1");
        foreach (var element in document.QuerySelectorAll("[class], [id]").Where(e => IsBoilerplateBlock(e) && (column is null || !e.Contains(column))).ToList())
        {
            element.Remove();
        }
        main ??= LargestTextBlock(document);
        var paragraphs = main is null ? [] : Paragraphs(main);
        if (main is not null && main.QuerySelector("h1") is { } heading)
        {
            // The headline repeated at the top of the article is not body text.
            var headline = Clean(heading.TextContent);
            paragraphs.RemoveAll(p => p == headline);
        }

        DateOnly? date = null;
        TimeOnly? time = null;
        // Else a date written in the article or beside it in its column (the byline above the story).
        dateText ??= main is null ? null : DayFirstDateIn(main.TextContent) ?? DayFirstDateIn(main.ParentElement?.TextContent);
        if (dateText is not null)
        {
            if (DateParsing.TryParse(dateText, out var d, out var t))
            {
                date = d;
                time = t;
            }
            else
            {
                warnings.Add($"unparseable date '{dateText}'; indexed without a date");
            }
        }
        if (string.IsNullOrEmpty(title) && paragraphs.Count == 0)
        {
            throw new ArticleFormatException("HTML page without a title or article text");
        }
        if (paragraphs.Count == 0)
        {
            warnings.Add("no article text found in the page; only its title is indexed");
        }

        return new Article
        {
            Id = url ?? fallbackId,
            Title = title ?? "",
            Summary = summary,
            Body = string.Join("\n", paragraphs),
            Date = date,
            Time = time,
            Category = category,
            Author = author,
            Url = url,
            Path = path,
        };
    }

    private static string? Meta(IDocument document, string selector, string attribute)
        => Clean(document.QuerySelector(selector)?.GetAttribute(attribute));

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var cleaned = Whitespace().Replace(text, " ").Trim().Normalize();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static bool IsBoilerplateBlock(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main")
        {
            return false;
        }
        var names = ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
        foreach (var marker in BoilerplateMarkers)
        {
            foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token == marker || token.StartsWith(marker + "-", StringComparison.Ordinal) || token.StartsWith(marker + "_", StringComparison.Ordinal)
                    || token.EndsWith("-" + marker, StringComparison.Ordinal) || token.EndsWith("_" + marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>How much paragraph text <paramref name="element"/> holds (a teaser card little, the story most).</summary>
    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    /// <summary>The element whose direct paragraph children hold the most text.</summary>
    private static IElement? LargestTextBlock(IDocument document)
        => document.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .MaxBy(parent => parent.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length))
            ?? document.Body;

    private static List<string> Paragraphs(IElement main)
    {
        var blocks = main.QuerySelectorAll("p, h2, h3, h4, li, blockquote, pre, figcaption").ToList();
        if (blocks.Count == 0)
        {
            return Clean(main.TextContent) is { } all ? [all] : [];
        }
        // Nested blocks (a <p> inside a <blockquote>) are read once, from the outer block.
        var set = blocks.ToHashSet();
        return blocks.Where(b => !b.Ancestors<IElement>().Any(set.Contains))
            .Select(b => Clean(b.TextContent)).OfType<string>().ToList();
    }

    private static string? DayFirstDateIn(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var match = DayFirstDate().Match(text);
        if (!match.Success)
        {
            return null;
        }
        return match.Groups[2].Success ? match.Groups[1].Value + " " + match.Groups[2].Value : match.Groups[1].Value;
    }
}
