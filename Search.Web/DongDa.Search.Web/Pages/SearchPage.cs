using System.Globalization;
using DongDa.Search.Web.Api;

namespace DongDa.Search.Web.Pages;

/// <summary>
/// The search page: the form (a plain GET form, so it works without JavaScript and every state is a URL), then the
/// results with counts by year and category as links, active filters, pagination; a start state without a query and a
/// helpful state when nothing is found.
/// </summary>
internal static class SearchPage
{
    /// <summary>How many categories the facet lists.</summary>
    private const int MaxCategories = 15;

    public static Html Render(SearchParameters p, SearchResults? results, ParameterError? error, int articleCount, bool embed)
    {
        var html = new Html();
        Form(html, p, embed, autofocus: results is null);
        if (error is not null)
        {
            html.Raw("<p class=\"error\" role=\"alert\">").Text(error.MessageVi).Raw("</p>");
            return html;
        }
        if (results is null)
        {
            StartState(html, articleCount, embed);
            return html;
        }
        html.Raw(results.Total > 0 ? "<div class=\"layout\">" : "<div class=\"layout single\">")
            .Raw("<section class=\"results\" id=\"ket-qua\" aria-labelledby=\"ket-qua-tieu-de\">");
        html.Raw("<h1 id=\"ket-qua-tieu-de\" class=\"count\">");
        if (results.Total > 0)
        {
            html.Text($"Tìm thấy {Vietnamese.Number(results.Total)} bài viết cho ");
        }
        else
        {
            html.Text("Không tìm thấy bài viết nào cho ");
        }
        Quoted(html, p.Query);
        html.Raw("</h1>");
        ActiveFilters(html, p, embed);
        foreach (var warning in results.Warnings.Select(Vietnamese.Warning).Distinct())
        {
            html.Raw("<p class=\"note\">").Text(warning).Raw("</p>");
        }
        if (results.Interpretation is { } reading)
        {
            html.Raw("<p class=\"note\">Đã tìm theo cách đọc: <q>").Text(reading).Raw("</q></p>");
        }
        if (results.Suggestion is { } suggestion)
        {
            html.Raw("<p class=\"note\">Có phải bạn muốn tìm: ").Link(Links.Search(p with { Query = suggestion, Page = 1 }, embed), suggestion).Raw("?</p>");
        }
        foreach (var note in results.Notes)
        {
            html.Raw("<p class=\"note\">").Text(note).Raw("</p>");
        }
        if (results.Total == 0)
        {
            NoResults(html, p, embed);
        }
        else
        {
            Hits(html, p, results, embed);
            Pagination(html, p, results, embed);
        }
        html.Raw("</section>");
        if (results.Total > 0)
        {
            Facets(html, p, results, embed);
        }
        html.Raw("</div>");
        return html;
    }

    /// <summary>
    /// <paramref name="query"/> between quotation marks (<c>&lt;q&gt;</c>), unless the archivist wrote it between quotes of
    /// their own (a phrase: <c>“dân vận”</c>), which would read doubled.
    /// </summary>
    private static void Quoted(Html html, string query)
    {
        static bool IsQuote(char c) => c is '"' or '＂' || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation;
        if (query.Length > 1 && IsQuote(query[0]) && IsQuote(query[^1]))
        {
            html.Text(query);
            return;
        }
        html.Raw("<q>").Text(query).Raw("</q>");
    }

    private static void Form(Html html, SearchParameters p, bool embed, bool autofocus)
    {
        html.Raw("<form class=\"search\" role=\"search\" method=\"get\"").Attr("action", embed ? "/embed" : "/").Raw(">")
            .Raw("<label for=\"q\">Từ khóa</label><div class=\"searchrow\"><div class=\"combo\">")
            .Raw("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"1000\" autocomplete=\"off\" placeholder=\"Ví dụ: dân vận, UBND, quan uy\"")
            .Attr("value", p.Query).Raw(autofocus ? " autofocus" : "").Raw("></div>")
            .Raw("<button type=\"submit\">Tìm kiếm</button></div>")
            .Raw("<div class=\"filters\">")
            .Raw("<label>Từ ngày <input type=\"date\" name=\"from\"").Attr("value", IsoDate(p.From)).Raw("></label>")
            .Raw("<label>Đến ngày <input type=\"date\" name=\"to\"").Attr("value", IsoDate(p.To)).Raw("></label>")
            .Raw("<label>Sắp xếp <select name=\"sort\" id=\"sort\">")
            .Raw(p.Sort == SearchSort.Relevance ? "<option value=\"relevance\" selected>Phù hợp nhất</option><option value=\"date\">Mới nhất</option>"
                : "<option value=\"relevance\">Phù hợp nhất</option><option value=\"date\" selected>Mới nhất</option>")
            .Raw("</select></label>");
        Hidden(html, "category", p.Category);
        Hidden(html, "author", p.Author);
        Hidden(html, "size", p.Size == SearchParameters.DefaultPageSize ? null : p.Size.ToString(CultureInfo.InvariantCulture));
        html.Raw("<button type=\"submit\" class=\"secondary\">Áp dụng</button></div></form>");
    }

    private static void Hidden(Html html, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Raw("<input type=\"hidden\"").Attr("name", name).Attr("value", value).Raw(">");
        }
    }

    private static void StartState(Html html, int articleCount, bool embed)
    {
        string Example(string q) => Links.Search(new SearchParameters { Query = q }, embed);
        html.Raw("<section class=\"start\"><h1>Tra cứu kho tin tức</h1>")
            .Raw("<p>").Text($"Tìm trong {Vietnamese.Number(articleCount)} bài viết. Gõ có dấu hay không dấu đều được: ")
            .Link(Example("dân vận"), "dân vận").Text(" và ").Link(Example("dan van"), "dan van").Text(" cùng tìm ra bài viết về công tác dân vận.").Raw("</p>")
            .Raw("<h2>Mẹo tìm kiếm</h2><ul>")
            .Raw("<li>").Text("Từ hai đến bốn tiếng như ").Link(Example("tự do"), "tự do").Text(" hay ")
            .Link(Example("an toàn giao thông"), "an toàn giao thông")
            .Text(" chỉ tìm các bài viết có đúng từ ấy (hay dạng viết tắt của nó: ATGT); khi có dưới 10 bài, kết quả có thêm bài chứa các tiếng đứng riêng.").Raw("</li>")
            .Raw("<li>").Text("Cụm từ chính xác: đặt trong ngoặc kép, ví dụ ").Link(Example("\"Đống Đa\""), "\"Đống Đa\"").Raw("</li>")
            .Raw("<li>").Text("Chữ viết tắt tìm ra cả dạng đầy đủ: ").Link(Example("UBND"), "UBND").Text(" tìm cả “Ủy ban nhân dân”.").Raw("</li>")
            .Raw("<li>").Text("Loại trừ một từ bằng dấu trừ: ").Link(Example("tự do -thương mại"), "tự do -thương mại")
            .Text("; tìm một trong hai từ: ").Link(Example("tự do OR độc lập"), "tự do OR độc lập").Raw("</li>")
            .Raw("<li>").Text("Theo năm: ").Link(Example("date:2019 dân vận"), "date:2019 dân vận").Text("; theo chuyên mục: ")
            .Link(Example("category:\"thể thao\" vô địch"), "category:\"thể thao\" vô địch").Raw("</li>")
            .Raw("</ul></section>");
    }

    private static void ActiveFilters(Html html, SearchParameters p, bool embed)
    {
        var filters = new List<(string Label, string Href)>();
        if (YearOf(p) is { } year)
        {
            filters.Add(($"Năm {year}", Links.Search(p with { From = null, To = null, Page = 1 }, embed)));
        }
        else
        {
            if (p.From is { } from)
            {
                filters.Add(($"Từ ngày {Vietnamese.Date(from)}", Links.Search(p with { From = null, Page = 1 }, embed)));
            }
            if (p.To is { } to)
            {
                filters.Add(($"Đến ngày {Vietnamese.Date(to)}", Links.Search(p with { To = null, Page = 1 }, embed)));
            }
        }
        if (p.Category is { } category)
        {
            filters.Add(($"Chuyên mục: {category}", Links.Search(p with { Category = null, Page = 1 }, embed)));
        }
        if (p.Author is { } author)
        {
            filters.Add(($"Tác giả: {author}", Links.Search(p with { Author = null, Page = 1 }, embed)));
        }
        if (filters.Count == 0)
        {
            return;
        }
        html.Raw("<ul class=\"active-filters\" aria-label=\"Bộ lọc đang dùng\">");
        foreach (var (label, href) in filters)
        {
            html.Raw("<li>").Text(label).Raw(" <a").Attr("href", href).Attr("aria-label", "Bỏ lọc " + label).Raw(">✕</a></li>");
        }
        html.Raw("</ul>");
    }

    private static void NoResults(Html html, SearchParameters p, bool embed)
    {
        html.Raw("<div class=\"empty\"><p>Bạn có thể thử:</p><ul>")
            .Raw("<li>Kiểm tra chính tả, hoặc gõ không dấu (ví dụ “dan van” thay cho “dân vận”).</li>")
            .Raw("<li>Dùng ít từ hơn, hoặc từ chung hơn.</li>");
        if (p.From is not null || p.To is not null || p.Category is not null || p.Author is not null)
        {
            html.Raw("<li>").Link(Links.Search(new SearchParameters { Query = p.Query, Sort = p.Sort }, embed), "Bỏ tất cả bộ lọc").Text(" và tìm lại.").Raw("</li>");
        }
        html.Raw("</ul></div>");
    }

    /// <summary>Says that a headline was read from the article's web address (accents restored, names in lower case).</summary>
    public static void TitleFromUrlNote(Html html, string? fromUrl)
    {
        if (fromUrl is not null)
        {
            html.Raw(" <small class=\"from-url\" title=\"Bài không có tiêu đề; tiêu đề này đọc từ địa chỉ bài viết, dấu do máy khôi phục\">(tiêu đề đọc từ địa chỉ bài)</small>");
        }
    }

    private static void Hits(Html html, SearchParameters p, SearchResults results, bool embed)
    {
        html.Raw("<ol class=\"hits\"").Attr("start", (((p.Page - 1) * p.Size) + 1).ToString(CultureInfo.InvariantCulture)).Raw(">");
        foreach (var hit in results.Hits)
        {
            html.Raw("<li class=\"hit\"><h2>");
            if (hit.Title.Length > 0)
            {
                // Encoded like the snippet: the headline's text, the engine's marks on the words that matched.
                html.LinkMarked(Links.Article(hit.Id, p.Query, embed), hit.MarkedTitle.Format("<mark>", "</mark>", Html.Encode));
            }
            else
            {
                html.Link(Links.Article(hit.Id, p.Query, embed), hit.TitleFromUrl ?? "(Không có tiêu đề)");
            }
            TitleFromUrlNote(html, hit.Title.Length == 0 ? hit.TitleFromUrl : null);
            html.Raw("</h2>");
            Meta(html, hit.Date, hit.Category, hit.Author, p, embed);
            if (hit.Snippet is { } snippet)
            {
                // The one place where markup meets article text: the text is encoded, the marks are the engine's.
                html.Raw("<p class=\"snippet\">").Raw(snippet.Format("<mark>", "</mark>", Html.Encode)).Raw("</p>");
            }
            html.Raw("</li>");
        }
        html.Raw("</ol>");
    }

    /// <summary>Date, category (a link filtering by it) and author of a hit.</summary>
    internal static void Meta(Html html, DateOnly? date, string? category, string? author, SearchParameters p, bool embed)
    {
        html.Raw("<p class=\"meta\">");
        var first = true;
        void Separator()
        {
            if (!first)
            {
                html.Raw(" · ");
            }
            first = false;
        }
        if (date is { } d)
        {
            Separator();
            html.Raw("<time").Attr("datetime", IsoDate(d)).Raw(">").Text(Vietnamese.Date(d)).Raw("</time>");
        }
        if (!string.IsNullOrEmpty(category))
        {
            Separator();
            html.Link(Links.Search(p with { Category = category, Page = 1 }, embed), category, "category");
        }
        if (!string.IsNullOrEmpty(author))
        {
            Separator();
            html.Element("span", author, "author");
        }
        html.Raw("</p>");
    }

    private static void Pagination(Html html, SearchParameters p, SearchResults results, bool embed)
    {
        var pages = (int)Math.Min((results.Total + (long)p.Size - 1) / p.Size, SearchParameters.MaxDepth / p.Size);
        if (pages <= 1)
        {
            return;
        }
        html.Raw("<nav class=\"pages\" aria-label=\"Phân trang\"><ul>");
        if (p.Page > 1)
        {
            html.Raw("<li>").Link(Links.Search(p with { Page = p.Page - 1 }, embed), "‹ Trang trước", rel: "prev").Raw("</li>");
        }
        var shown = new SortedSet<int> { 1, pages };
        for (var i = Math.Max(1, p.Page - 2); i <= Math.Min(pages, p.Page + 2); i++)
        {
            shown.Add(i);
        }
        var previous = 0;
        foreach (var page in shown)
        {
            if (page > previous + 1)
            {
                html.Raw("<li class=\"gap\" aria-hidden=\"true\">…</li>");
            }
            previous = page;
            var label = page.ToString(CultureInfo.InvariantCulture);
            if (page == p.Page)
            {
                html.Raw("<li><a aria-current=\"page\"").Attr("href", Links.Search(p, embed)).Attr("aria-label", "Trang " + label).Raw(">").Text(label).Raw("</a></li>");
            }
            else
            {
                html.Raw("<li><a").Attr("href", Links.Search(p with { Page = page }, embed)).Attr("aria-label", "Trang " + label).Raw(">").Text(label).Raw("</a></li>");
            }
        }
        if (p.Page < pages)
        {
            html.Raw("<li>").Link(Links.Search(p with { Page = p.Page + 1 }, embed), "Trang sau ›", rel: "next").Raw("</li>");
        }
        html.Raw("</ul></nav>");
    }

    private static void Facets(Html html, SearchParameters p, SearchResults results, bool embed)
    {
        html.Raw("<aside class=\"facets\" aria-label=\"Lọc kết quả\">");
        if (results.Years.Count > 0)
        {
            var activeYear = YearOf(p);
            html.Raw("<h2>Theo năm</h2><ul class=\"facet\" id=\"facet-nam\">");
            foreach (var year in results.Years)
            {
                if (!int.TryParse(year.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1 || y > 9999)
                {
                    continue;
                }
                var href = Links.Search(p with { From = new DateOnly(y, 1, 1), To = new DateOnly(y, 12, 31), Page = 1 }, embed);
                html.Raw("<li><a").Attr("href", href).Raw(activeYear == y ? " aria-current=\"true\"" : "").Raw(">").Text(year.Value)
                    .Raw("</a> <span class=\"n\">").Text(Vietnamese.Number(year.Count)).Raw("</span></li>");
            }
            html.Raw("</ul>");
        }
        if (results.Categories.Count > 0)
        {
            html.Raw("<h2>Theo chuyên mục</h2><ul class=\"facet\" id=\"facet-chuyen-muc\">");
            foreach (var category in results.Categories.Take(MaxCategories))
            {
                var href = Links.Search(p with { Category = category.Value, Page = 1 }, embed);
                html.Raw("<li><a").Attr("href", href).Raw(string.Equals(p.Category, category.Value, StringComparison.Ordinal) ? " aria-current=\"true\"" : "").Raw(">")
                    .Text(category.Value).Raw("</a> <span class=\"n\">").Text(Vietnamese.Number(category.Count)).Raw("</span></li>");
            }
            html.Raw("</ul>");
        }
        html.Raw("</aside>");
    }

    /// <summary>The year when the date range is exactly one calendar year (what a year link sets).</summary>
    private static int? YearOf(SearchParameters p)
        => p.From is { } f && p.To is { } t && f.Year == t.Year && f.DayOfYear == 1 && t.Month == 12 && t.Day == 31 ? f.Year : null;

    private static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
