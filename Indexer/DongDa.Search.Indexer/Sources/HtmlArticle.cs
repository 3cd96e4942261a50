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
            ?? TitleWithoutSiteName(document);
        var summary = Meta(document, "meta[property='og:description']", "content")
            ?? Meta(document, "meta[name=description]", "content")
            ?? Clean(linked?.Description);
        var author = Meta(document, "meta[name=author]", "content")
            ?? PersonName(Meta(document, "meta[property='article:author']", "content"))
            ?? PersonName(Clean(linked?.Author));
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
        author ??= Byline(document);
        var paragraphs = main is null ? [] : Paragraphs(main);
        // The headline repeated at the top of the article is not body text, nor the byline on a line of its own, nor
        // the lead the page also gives as its description (it is the summary).
        var headline = main?.QuerySelector("h1") is { } heading ? Clean(heading.TextContent) : title;
        paragraphs.RemoveAll(p => p == headline || p == author || p == summary);

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
        if (paragraphs.Count == 0 && linked?.Body is { } linkedBody)
        {
            // A page whose story a script draws holds it only in its schema.org data.
            paragraphs = [.. HtmlBlocks.Tidy(linkedBody).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Normalize())];
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

    /// <summary>
    /// The page's <c>&lt;title&gt;</c> without the site's name after its last separator (<c>Thông báo … - UBND quận
    /// Đống Đa</c>), when the part before it is the longer and the page writes it as a line of its own; else the whole
    /// title.
    /// </summary>
    private static string? TitleWithoutSiteName(IDocument document)
    {
        var title = Clean(document.Title);
        var cut = title is null ? -1 : Math.Max(Math.Max(title.LastIndexOf(" - ", StringComparison.Ordinal), title.LastIndexOf(" | ", StringComparison.Ordinal)), title.LastIndexOf(" – ", StringComparison.Ordinal));
        if (cut <= 0)
        {
            return title;
        }
        var headline = title![..cut].Trim();
        // A site's name is shorter than a headline: "Hà Nội - Hải Phòng" is a headline, whatever the menu says.
        var written = headline.Length > title.Length - cut - 3
            && (document.Body?.QuerySelectorAll("*").Any(e => e.Children.Length == 0 && Clean(e.TextContent) == headline) ?? false);
        return written ? headline : title;
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

    /// <summary><paramref name="author"/>, unless it is the address of a profile page (what <c>article:author</c> often holds).</summary>
    private static string? PersonName(string? author) => author is null || Uri.IsWellFormedUriString(author, UriKind.Absolute) ? null : author;

    /// <summary>
    /// The byline the page writes when no meta data names the author: schema.org's author, a <c>rel=author</c> link, or
    /// the innermost block whose class says author (<c>author</c>, <c>author_mail</c>, <c>author-name</c>), holding a
    /// name rather than a biography.
    /// </summary>
    private static string? Byline(IDocument document)
    {
        var marked = document.QuerySelectorAll("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]").ToList();
        var classed = document.QuerySelectorAll("[class]")
            .Where(e => e.ClassList.Any(c => c.StartsWith("author", StringComparison.OrdinalIgnoreCase))).ToList();
        var innermost = classed.Where(e => !classed.Any(other => other != e && e.Contains(other)));
        return marked.Concat(innermost).Select(e => Clean(e.TextContent)).FirstOrDefault(t => t is { Length: <= MaxByline });
    }

    /// <summary>The longest text read as a byline: a name or two, not a paragraph about the writer.</summary>
    private const int MaxByline = 60;

    /// <summary>How much paragraph text <paramref name="element"/> holds (a teaser card little, the story most).</summary>
    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    /// <summary>
    /// The block holding most of the page's prose, as a reader's eye finds it: each block with a sentence of its own
    /// (a paragraph, a <c>div</c> of text between line breaks, a cell) credits its text, less its links, to itself
    /// and its parent, and half to its grandparent; the block with the most credit holds the story (its paragraphs
    /// side by side, or the text itself), not a menu of links or a one-line box.
    /// </summary>
    private static IElement? LargestTextBlock(IDocument document)
    {
        var credit = new Dictionary<IElement, double>();
        void Credit(IElement? element, double amount)
        {
            if (element is not null)
            {
                credit[element] = credit.GetValueOrDefault(element) + amount;
            }
        }
        foreach (var block in document.Body?.QuerySelectorAll("*").Where(HtmlBlocks.IsBlock) ?? [])
        {
            var (text, links) = HtmlBlocks.OwnText(block);
            if (text < MinSentence)
            {
                continue;
            }
            var prose = text - links;
            Credit(block, prose);
            Credit(block.ParentElement, prose);
            Credit(block.ParentElement?.ParentElement, prose / 2.0);
        }
        return credit.Count == 0 ? document.Body : credit.MaxBy(c => c.Value).Key;
    }

    /// <summary>The fewest letters of a block's own text that make it prose rather than a label (<c>Trang chủ</c>, a date).</summary>
    private const int MinSentence = 25;

    private static List<string> Paragraphs(IElement main)
        => [.. HtmlBlocks.Text(main).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Normalize())];

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
