using DongDa.Search.Indexer.Sources;

namespace DongDa.Search.Indexer.Tests;

public class HtmlArticleTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="vi"><head>
        <meta charset="utf-8"><title>Lễ hội đường sách Đống Đa - Cổng thông tin quận</title>
        <link rel="canonical" href="https://dongda.example.vn/tin-tuc/le-hoi-duong-sach">
        <meta property="article:published_time" content="2023-04-21T08:15:00+07:00">
        <meta name="author" content="Hoàng Yến">
        <meta property="article:section" content="Văn hóa">
        <script>var tracking = "Đừng lập chỉ mục dòng này";</script>
        <style>.menu { color: red }</style>
        </head><body>
        <nav class="menu"><ul><li>Trang chủ</li><li>Giới thiệu</li><li>Tin tức</li></ul></nav>
        <header><div class="logo">UBND quận Đống Đa</div></header>
        <div class="breadcrumb">Trang chủ › Văn hóa</div>
        <article>
          <h1>Lễ hội đường sách Đống Đa</h1>
          <p>Sáng 21/4, lễ hội đường sách khai mạc tại phố Văn Miếu.</p>
          <p>Hơn 30 gian hàng giới thiệu sách về lịch sử Thăng Long – Hà Nội.</p>
          <div class="share-buttons">Chia sẻ Facebook</div>
        </article>
        <aside class="sidebar"><h3>Tin liên quan</h3><p>Một bài khác hoàn toàn</p></aside>
        <footer>Bản quyền thuộc UBND quận Đống Đa</footer>
        <script>console.log("cuối trang");</script>
        </body></html>
        """;

    [Fact]
    public void Parse_PortalPage_ReadsTitleDateAndMainTextOnly()
    {
        var warnings = new List<string>();

        var article = HtmlArticle.Parse(Page, "le-hoi.html", "le-hoi.html", warnings);

        Assert.Empty(warnings);
        Assert.Equal("Lễ hội đường sách Đống Đa", article.Title);
        Assert.Equal(new DateOnly(2023, 4, 21), article.Date);
        Assert.Equal(new TimeOnly(8, 15), article.Time);
        Assert.Equal("Hoàng Yến", article.Author);
        Assert.Equal("Văn hóa", article.Category);
        Assert.Equal("https://dongda.example.vn/tin-tuc/le-hoi-duong-sach", article.Id);
        Assert.Equal(
            "Sáng 21/4, lễ hội đường sách khai mạc tại phố Văn Miếu.\nHơn 30 gian hàng giới thiệu sách về lịch sử Thăng Long – Hà Nội.",
            article.Body);
    }

    [Theory]
    [InlineData("Trang chủ")]
    [InlineData("tracking")]
    [InlineData("Bản quyền")]
    [InlineData("Chia sẻ")]
    [InlineData("Một bài khác")]
    public void Parse_PortalPage_DropsMenusScriptsSidebarsAndFooters(string boilerplate)
    {
        var article = HtmlArticle.Parse(Page, "le-hoi.html", "le-hoi.html", new List<string>());
        Assert.DoesNotContain(boilerplate, article.Body);
    }

    [Fact]
    public void Parse_PageWithoutArticleElementOrMeta_TakesTheLargestParagraphBlockAndADateInTheText()
    {
        var html = "<html><head><title>Tin phường</title></head><body><div id='top-nav'><p>Liên hệ</p></div>"
            + "<div class='content'><h1>Tổng vệ sinh môi trường</h1><p>Ngày đăng 07/08/2022 | 10:20</p>"
            + "<p>Các tổ dân phố ra quân dọn dẹp ngõ xóm từ sáng sớm.</p><p>Rác thải được phân loại tại nguồn.</p></div></body></html>";

        var article = HtmlArticle.Parse(html, "tin.html", "tin.html", new List<string>());

        Assert.Equal("Tổng vệ sinh môi trường", article.Title);
        Assert.Equal(new DateOnly(2022, 8, 7), article.Date);
        Assert.Contains("Rác thải được phân loại tại nguồn.", article.Body);
        Assert.DoesNotContain("Liên hệ", article.Body);
        Assert.Equal("tin.html", article.Id);
    }
}
