using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// Text that a scraper stored with its markup (<c>&lt;p&gt;…&lt;/p&gt;</c>, <c>&amp;amp;</c>) read as plain paragraphs,
/// so tags and entities are not indexed as words. Only text that opens with a block tag is read as HTML: tags inside
/// prose are what the article says (a report quoting <c>&lt;script&gt;</c> keeps it, and the pages show it as text),
/// and a <c>&lt;</c> in prose (<c>3 &lt; 4</c>) is not markup. Entities are decoded wherever they are.
/// </summary>
internal static partial class HtmlFragmentText
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "iframe", "svg", "button", "form"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure",
        "figcaption", "table", "tr", "section", "article", "header", "footer", "hr", "dl", "dt", "dd",
    ];

    // What a scraper's HTML field opens with.
    [GeneratedRegex(@"^\s*<(?:p|div|section|article|main|header|figure|h[1-6]|ul|ol|table|blockquote)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningBlockTag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});")]
    private static partial Regex HtmlEntity();

    [GeneratedRegex(@"[ \t\u00A0\u200B]+")]
    private static partial Regex Spaces();

    /// <summary>
    /// <paramref name="text"/> without its markup when it opens with a block tag: paragraphs (blocks and line breaks)
    /// one a line, entities decoded, scripts and styles dropped; otherwise with its entities decoded, or unchanged.
    /// </summary>
    public static string Read(string text)
    {
        if (OpeningBlockTag().IsMatch(text))
        {
            using var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + text + "</body></html>");
            var lines = new StringBuilder();
            AppendText(document.Body!, lines);
            return Tidy(lines.ToString());
        }
        return HtmlEntity().IsMatch(text) ? Tidy(WebUtility.HtmlDecode(text)) : text;
    }

    private static void AppendText(INode node, StringBuilder lines)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                lines.Append(textNode.Data);
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName))
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    lines.Append('\n');
                }
                AppendText(element, lines);
                if (block)
                {
                    lines.Append('\n');
                }
            }
        }
    }

    /// <summary>Each line's spaces collapsed and trimmed, blank lines dropped.</summary>
    private static string Tidy(string text)
        => string.Join("\n", text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim()).Where(line => line.Length > 0));
}
