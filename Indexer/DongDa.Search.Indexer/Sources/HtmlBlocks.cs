using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// The text of an HTML subtree as a reader sees its paragraphs: each block element (<c>p</c>, <c>div</c>, <c>li</c>, a
/// table cell…) and each line break starts a new one, inline elements (<c>b</c>, <c>a</c>, <c>span</c>) run on, scripts
/// and styles are no text. Pages written with <c>&lt;br&gt;</c> or <c>&lt;div&gt;</c> for paragraphs read as those
/// written with <c>&lt;p&gt;</c>.
/// </summary>
internal static partial class HtmlBlocks
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "iframe", "svg", "button", "form"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure",
        "figcaption", "table", "thead", "tbody", "tfoot", "caption", "tr", "td", "th", "section", "article", "main", "header",
        "footer", "nav", "aside", "address", "center", "details", "summary", "fieldset", "hr", "dl", "dt", "dd",
    ];

    [GeneratedRegex(@"[ \t\r\u00A0\u200B]+")]
    private static partial Regex Spaces();

    /// <summary>True for an element that starts a paragraph of its own.</summary>
    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    /// <summary>The paragraphs of <paramref name="node"/>, one a line: spaces collapsed, blank lines dropped.</summary>
    public static string Text(INode node)
    {
        var lines = new StringBuilder();
        Append(node, lines);
        return Tidy(lines.ToString());
    }

    /// <summary>Each line of <paramref name="text"/> with its spaces collapsed and trimmed, blank lines dropped.</summary>
    public static string Tidy(string text)
        => string.Join("\n", text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim()).Where(line => line.Length > 0));

    /// <summary>
    /// The text <paramref name="block"/> holds outside its own blocks (its runs of text and inline elements), and how
    /// much of it is link text: what a paragraph says, against what a menu lists.
    /// </summary>
    public static (int Text, int Links) OwnText(IElement block)
    {
        int text = 0, links = 0;
        foreach (var child in block.ChildNodes)
        {
            if (child is IText run)
            {
                text += run.Data.AsSpan().Trim().Length;
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName) && !IsBlock(element))
            {
                var length = element.TextContent.AsSpan().Trim().Length;
                text += length;
                links += element.LocalName == "a" ? length : element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
            }
        }
        return (text, Math.Min(links, text));
    }

    private static void Append(INode node, StringBuilder lines)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText run)
            {
                lines.Append(run.Data.Replace('\n', ' '));
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName))
            {
                var block = IsBlock(element);
                if (block)
                {
                    lines.Append('\n');
                }
                Append(element, lines);
                if (block)
                {
                    lines.Append('\n');
                }
            }
        }
    }
}
