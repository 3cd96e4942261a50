using System.Net;
using System.Text.RegularExpressions;
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
    // What a scraper's HTML field opens with.
    [GeneratedRegex(@"^\s*<(?:p|div|section|article|main|header|figure|h[1-6]|ul|ol|table|blockquote)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningBlockTag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});")]
    private static partial Regex HtmlEntity();

    /// <summary>
    /// <paramref name="text"/> without its markup when it opens with a block tag: paragraphs (blocks and line breaks)
    /// one a line, entities decoded, scripts and styles dropped; otherwise with its entities decoded, or unchanged.
    /// </summary>
    public static string Read(string text)
    {
        if (OpeningBlockTag().IsMatch(text))
        {
            using var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + text + "</body></html>");
            return HtmlBlocks.Text(document.Body!);
        }
        return HtmlEntity().IsMatch(text) ? HtmlBlocks.Tidy(WebUtility.HtmlDecode(text)) : text;
    }
}
