using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DongDa.Search.Web.Pages;

/// <summary>
/// Writes HTML. Every text and attribute value goes through <see cref="Text"/> or <see cref="Attr"/> (HTML-encoded);
/// only markup written in this project and the engine's own <c>&lt;mark&gt;</c> go through <see cref="Raw"/>.
/// </summary>
internal sealed class Html
{
    /// <summary>Encodes the HTML-special characters and leaves Vietnamese letters as they are (pages stay small).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _sb = new(8192);

    /// <summary><paramref name="text"/> HTML-encoded.</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>Markup written by this project (never user or article text).</summary>
    public Html Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>Text content, encoded.</summary>
    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_sb), text);
        }
        return this;
    }

    /// <summary>An attribute <c> name="value"</c>, the value encoded.</summary>
    public Html Attr(string name, string value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        Text(value);
        _sb.Append('"');
        return this;
    }

    /// <summary>An element with encoded text content: <c>&lt;tag&gt;text&lt;/tag&gt;</c>.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        _sb.Append('<').Append(tag);
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }
        _sb.Append('>');
        Text(text);
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A link with encoded text.</summary>
    public Html Link(string href, string text, string? cssClass = null, string? rel = null)
    {
        OpenLink(href, cssClass, rel);
        Text(text);
        _sb.Append("</a>");
        return this;
    }

    /// <summary>A link whose text is already encoded, with the engine's <c>&lt;mark&gt;</c> around matched words.</summary>
    public Html LinkMarked(string href, string encodedMarkedText)
    {
        OpenLink(href, null, null);
        _sb.Append(encodedMarkedText).Append("</a>");
        return this;
    }

    private void OpenLink(string href, string? cssClass, string? rel)
    {
        _sb.Append("<a");
        Attr("href", href);
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }
        if (rel is not null)
        {
            Attr("rel", rel);
        }
        _sb.Append('>');
    }

    /// <inheritdoc />
    public override string ToString() => _sb.ToString();
}
