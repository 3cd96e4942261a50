using DongDa.Search.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace DongDa.Search.Web.Pages;

/// <summary>The frame of every page: head, header with the site name, footer; <c>/embed</c> pages go without header and footer.</summary>
internal static class Layout
{
    public const string SiteName = "Kho tin Đống Đa";

    /// <summary>A whole page as an HTML result.</summary>
    public static IResult Page(string title, Html body, bool embed, int status = StatusCodes.Status200OK)
    {
        var html = new Html();
        html.Raw("<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">")
            .Element("title", title + " · " + SiteName)
            .Raw("<link rel=\"stylesheet\"").Attr("href", StaticAssets.CssHref).Raw(">")
            .Raw("<script defer").Attr("src", StaticAssets.JsHref).Raw("></script>")
            .Raw("</head><body").Raw(embed ? " class=\"embed\"" : "").Raw(">")
            .Raw("<a class=\"skip\" href=\"#noi-dung\">Bỏ qua, đến nội dung chính</a>");
        if (!embed)
        {
            html.Raw("<header class=\"site\"><a class=\"brand\" href=\"/\">").Text(SiteName).Raw("</a>")
                .Raw("<span class=\"tagline\">Tra cứu tin tức quận Đống Đa, Hà Nội</span></header>");
        }
        html.Raw("<main id=\"noi-dung\" tabindex=\"-1\">").Raw(body.ToString()).Raw("</main>");
        if (!embed)
        {
            html.Raw("<footer class=\"site\"><p>Gõ có dấu hay không dấu đều tìm được. ")
                .Raw("Dành cho nhà phát triển: <a href=\"/openapi/v1.json\">API (OpenAPI)</a> · <a href=\"/api/stats\">thống kê kho</a>.</p></footer>");
        }
        html.Raw("</body></html>");
        return BufferedResult.Html(html.ToString(), status);
    }

    /// <summary>A page saying what went wrong, in Vietnamese, with a way back.</summary>
    public static IResult ErrorPage(int status, string message, bool embed)
    {
        var body = new Html();
        var title = status switch
        {
            StatusCodes.Status404NotFound => "Không tìm thấy",
            StatusCodes.Status400BadRequest => "Yêu cầu chưa đúng",
            StatusCodes.Status503ServiceUnavailable => "Tạm thời chưa tìm được",
            _ => "Đã có lỗi",
        };
        body.Raw("<section class=\"notice\">").Element("h1", title).Element("p", message)
            .Raw("<p>").Link(embed ? "/embed" : "/", "Về trang tìm kiếm").Raw("</p></section>");
        return Page(title, body, embed, status);
    }
}
