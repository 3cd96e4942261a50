using System.Globalization;
using System.Text;
using DongDa.Search.Web.Api;

namespace DongDa.Search.Web.Pages;

/// <summary>Addresses of pages: every search state is a shareable URL with the same parameters as <c>/api/search</c>.</summary>
internal static class Links
{
    /// <summary>The search page (or its embed variant) for <paramref name="p"/>; defaults are left out.</summary>
    public static string Search(SearchParameters p, bool embed)
    {
        var sb = new StringBuilder(embed ? "/embed" : "/");
        var first = true;
        void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }
            sb.Append(first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        Add("q", p.Query);
        Add("from", p.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", p.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("category", p.Category);
        Add("author", p.Author);
        Add("sort", p.Sort == SearchSort.Date ? "date" : null);
        Add("size", p.Size == SearchParameters.DefaultPageSize ? null : p.Size.ToString(CultureInfo.InvariantCulture));
        Add("page", p.Page == 1 ? null : p.Page.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>The page of article <paramref name="id"/>, remembering the query that led there.</summary>
    public static string Article(string id, string? query, bool embed)
        => (embed ? "/embed/articles/" : "/articles/") + ArticleIds.ToRoute(id)
            + (string.IsNullOrEmpty(query) ? "" : "?q=" + Uri.EscapeDataString(query));

    /// <summary>Only web addresses become links: a <c>javascript:</c> or <c>data:</c> URL stored in an article stays text.</summary>
    public static bool IsWebAddress(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
