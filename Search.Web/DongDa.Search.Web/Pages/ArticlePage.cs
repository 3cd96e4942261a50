using System.Globalization;
using DongDa.Search.Schema;
using DongDa.Search.Web.Api;

namespace DongDa.Search.Web.Pages;

/// <summary>One article in full: headline, metadata, lead, text by paragraph and the original link.</summary>
internal static class ArticlePage
{
    /// <param name="article">The article.</param>
    /// <param name="query">The search that led here, for the way back.</param>
    /// <param name="embed">True inside the portal's frame.</param>
    /// <param name="related">Its related articles, if any.</param>
    /// <param name="titleFromUrl">For an article without a headline, the one its web address spells (<see cref="AddressHeadline"/>).</param>
    public static Html Render(Article article, string? query, bool embed, RelatedArticles? related = null, string? titleFromUrl = null)
    {
        var html = new Html();
        var back = new SearchParameters { Query = query ?? "" };
        html.Raw("<article class=\"article\">")
            .Raw("<p class=\"back\">").Link(Links.Search(back, embed), string.IsNullOrEmpty(query) ? "‹ Trang tìm kiếm" : "‹ Quay lại kết quả tìm kiếm").Raw("</p>")
            .Raw("<h1>").Text(article.Title.Length > 0 ? article.Title : titleFromUrl ?? "(Không có tiêu đề)");
        SearchPage.TitleFromUrlNote(html, article.Title.Length > 0 ? null : titleFromUrl);
        html.Raw("</h1>");
        SearchPage.Meta(html, article.Date, article.Category, article.Author, back, embed);
        if (!string.IsNullOrWhiteSpace(article.Summary))
        {
            html.Element("p", article.Summary, "lead");
        }
        html.Raw("<div class=\"body\">");
        foreach (var paragraph in article.Body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            html.Element("p", paragraph);
        }
        html.Raw("</div><dl class=\"details\">");
        Detail(html, "Ngày đăng", article.Date is { } d ? Vietnamese.Date(d) + (article.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "") : null);
        Detail(html, "Chuyên mục", article.Category);
        Detail(html, "Tác giả", article.Author);
        Detail(html, "Nguồn", article.Source);
        Detail(html, "Lượt xem", article.Views is { } v ? Vietnamese.Number(v) : null);
        Detail(html, "Mã bài", article.Id);
        Detail(html, "Tệp gốc", article.Path);
        if (!string.IsNullOrEmpty(article.Url))
        {
            html.Raw("<dt>Bài gốc</dt><dd>");
            if (Links.IsWebAddress(article.Url))
            {
                html.Raw("<a class=\"original\"").Attr("href", article.Url).Raw(" rel=\"noopener noreferrer external\">").Text(article.Url).Raw("</a>");
            }
            else
            {
                // Not a web address (e.g. javascript:): shown, never followed.
                html.Element("span", article.Url, "url-text");
            }
            html.Raw("</dd>");
        }
        html.Raw("</dl>");
        if (related is { Hits.Count: > 0 })
        {
            // The archivist's next step: the same story told elsewhere ("tin tức khác").
            html.Raw("<section class=\"related\"><h2>Tin liên quan</h2><ul>");
            foreach (var hit in related.Hits)
            {
                html.Raw("<li>").Link(Links.Article(hit.Id, query, embed), hit.Title.Length > 0 ? hit.Title : hit.TitleFromUrl ?? "(Không có tiêu đề)");
                var meta = new[] { hit.Date is { } date ? Vietnamese.Date(date) : null, hit.Category }.Where(m => !string.IsNullOrEmpty(m));
                html.Raw(" <span class=\"meta\">").Text(string.Join(" · ", meta)).Raw("</span></li>");
            }
            html.Raw("</ul></section>");
        }
        html.Raw("<p class=\"api-link\">").Link("/api/articles/" + ArticleIds.ToRoute(article.Id), "Bài viết dạng JSON").Raw("</p>");
        html.Raw("</article>");
        return html;
    }

    private static void Detail(Html html, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Element("dt", label).Element("dd", value);
        }
    }
}
