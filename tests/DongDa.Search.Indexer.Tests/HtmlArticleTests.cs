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

    /// <summary>The article of <paramref name="html"/> saved as <paramref name="file"/>, its warnings not asked for.</summary>
    private static Schema.Article Read(string html, string file) => HtmlArticle.Parse(html, file, file, new List<string>());

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
        var article = Read(Page, "le-hoi.html");
        Assert.DoesNotContain(boilerplate, article.Body);
    }

    [Fact]
    public void Parse_PageWithoutArticleElementOrMeta_TakesTheLargestParagraphBlockAndADateInTheText()
    {
        var html = "<html><head><title>Tin phường</title></head><body><div id='top-nav'><p>Liên hệ</p></div>"
            + "<div class='content'><h1>Tổng vệ sinh môi trường</h1><p>Ngày đăng 07/08/2022 | 10:20</p>"
            + "<p>Các tổ dân phố ra quân dọn dẹp ngõ xóm từ sáng sớm.</p><p>Rác thải được phân loại tại nguồn.</p></div></body></html>";

        var article = Read(html, "tin.html");

        Assert.Equal("Tổng vệ sinh môi trường", article.Title);
        Assert.Equal(new DateOnly(2022, 8, 7), article.Date);
        Assert.Contains("Rác thải được phân loại tại nguồn.", article.Body);
        Assert.DoesNotContain("Liên hệ", article.Body);
        Assert.Equal("tin.html", article.Id);
    }

    [Fact]
    public void Parse_NewsSiteWhoseMainColumnIsCalledASidebar_ReadsTheArticleInIt()
    {
        // A large news site names its two columns sidebar-1 (headline, lead, article) and sidebar-2 (most read).
        var html = """
            <html><head><meta property="og:title" content="Hà Nội mở thêm tuyến buýt điện"></head><body>
            <section class="page-detail"><div class="container">
              <div class="sidebar-1">
                <ul class="breadcrumb"><li>Thời sự</li></ul>
                <span class="date">Thứ sáu, 20/11/2020, 10:00 (GMT+7)</span>
                <h1 class="title-detail">Hà Nội mở thêm tuyến buýt điện</h1>
                <p class="description">Tuyến buýt điện thứ ba chạy từ Long Biên đến Đống Đa.</p>
                <article class="fck_detail">
                  <p class="Normal">Sáng nay, tuyến buýt điện E03 bắt đầu chở khách.</p>
                  <p class="Normal">Mỗi chuyến cách nhau 15 phút.</p>
                </article>
                <div class="box-comment"><p>Bình luận của bạn đọc</p></div>
              </div>
              <div class="sidebar-2"><article class="item-news"><p>Tin xem nhiều nhất hôm nay</p></article></div>
            </div></section></body></html>
            """;

        var article = Read(html, "bus.html");

        Assert.Equal("Sáng nay, tuyến buýt điện E03 bắt đầu chở khách.\nMỗi chuyến cách nhau 15 phút.", article.Body);
        Assert.Equal(new DateOnly(2020, 11, 20), article.Date);
    }

    [Fact]
    public void Parse_TeaserArticlesBeforeTheStory_ReadsTheArticleWithTheMostText()
    {
        var html = """
            <html><head><title>Khánh thành cầu mới</title></head><body>
            <div class="top-stories">
              <article class="item"><h3>Giá vàng tăng</h3><p>Giá vàng sáng nay.</p></article>
              <article class="item"><h3>Thời tiết</h3><p>Hà Nội mưa rào.</p></article>
            </div>
            <article class="story"><h1>Khánh thành cầu mới</h1>
              <p>Cây cầu bắc qua sông Tô Lịch được đưa vào sử dụng sau hai năm thi công.</p>
              <p>Người dân phường Láng không còn phải đi vòng xa.</p>
            </article></body></html>
            """;

        var article = Read(html, "cau.html");

        Assert.Equal("Cây cầu bắc qua sông Tô Lịch được đưa vào sử dụng sau hai năm thi công.\nNgười dân phường Láng không còn phải đi vòng xa.", article.Body);
    }

    [Fact]
    public void Parse_MetadataOnlyInJsonLinkedData_ReadsHeadlineDateAuthorSectionAndLead()
    {
        var html = """
            <html><head><title>Trang tin - Báo điện tử</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"BreadcrumbList","itemListElement":[]},
              {"@type":["NewsArticle"],"headline":"Quận Đống Đa chỉnh trang vỉa hè","datePublished":"2021-03-05T07:30:00+07:00",
               "author":[{"@type":"Person","name":"Minh Anh"}],"articleSection":["Xã hội"],
               "description":"Hơn 20 tuyến phố được lát đá.","url":"https://bao.example.vn/via-he.html"}]}</script>
            </head><body><div class="content"><p>Vỉa hè phố Tây Sơn được lát lại bằng đá tự nhiên.</p></div></body></html>
            """;

        var article = Read(html, "via-he.html");

        Assert.Equal("Quận Đống Đa chỉnh trang vỉa hè", article.Title);
        Assert.Equal(new DateOnly(2021, 3, 5), article.Date);
        Assert.Equal(new TimeOnly(7, 30), article.Time);
        Assert.Equal("Minh Anh", article.Author);
        Assert.Equal("Xã hội", article.Category);
        Assert.Equal("Hơn 20 tuyến phố được lát đá.", article.Summary);
        Assert.Equal("https://bao.example.vn/via-he.html", article.Id);
    }

    [Fact]
    public void Parse_BrokenJsonLinkedData_IsIgnored()
    {
        var html = "<html><head><title>Tin</title><script type='application/ld+json'>{\"headline\": </script></head>"
            + "<body><p>Nội dung bài.</p></body></html>";

        var article = Read(html, "tin.html");

        Assert.Equal("Tin", article.Title);
        Assert.Equal("Nội dung bài.", article.Body);
    }

    [Fact]
    public void Parse_OldPortalPageWithLineBreaksInALayoutTable_ReadsTheTextBetweenTheBreaks()
    {
        var html = """
            <html><head><title>Thông báo lịch tiếp công dân - UBND quận Đống Đa</title></head><body>
            <table><tr><td class="left"><a href="/">Trang chủ</a> <a href="/gt">Giới thiệu</a></td>
            <td class="content"><div class="title">Thông báo lịch tiếp công dân</div><div>Ngày 12/03/2015</div>
            <div style="text-align:justify">UBND quận Đống Đa thông báo lịch tiếp công dân tháng 3.<br>Chủ tịch UBND quận
            tiếp công dân vào <b>thứ năm</b> hằng tuần.<br><br>Địa điểm: trụ sở tiếp công dân quận.</div>
            <ul><li><a href="/van-ban.doc">Tải văn bản</a></li></ul></td></tr></table></body></html>
            """;

        var article = Read(html, "tiep-dan.html");

        Assert.Contains("UBND quận Đống Đa thông báo lịch tiếp công dân tháng 3.\nChủ tịch UBND quận tiếp công dân vào thứ năm hằng tuần.\nĐịa điểm: trụ sở tiếp công dân quận.", article.Body);
        Assert.DoesNotContain("Giới thiệu", article.Body);
        Assert.Equal(new DateOnly(2015, 3, 12), article.Date);
        // The page's <title> ends with the portal's name; the headline is what the page itself writes of it.
        Assert.Equal("Thông báo lịch tiếp công dân", article.Title);
        Assert.StartsWith("Ngày 12/03/2015", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ParagraphsWrittenAsDivs_ReadsThemAllBesideAShortParagraphElsewhere()
    {
        var html = """
            <html><head><title>Giải chạy vì cộng đồng</title></head><body>
            <div class="box"><p>Đường dây nóng: 1900 1234</p></div>
            <div class="noidung">
              <div>Sáng chủ nhật, hơn 2.000 người tham gia giải chạy quanh hồ Đống Đa.</div>
              <div>Ban tổ chức quyên góp được 300 triệu đồng cho trẻ em khó khăn.</div>
              <div>Giải năm sau dự kiến mở thêm cự ly 21 km.</div>
            </div></body></html>
            """;

        var article = Read(html, "giai-chay.html");

        Assert.Equal(
            "Sáng chủ nhật, hơn 2.000 người tham gia giải chạy quanh hồ Đống Đa.\nBan tổ chức quyên góp được 300 triệu đồng cho trẻ em khó khăn.\nGiải năm sau dự kiến mở thêm cự ly 21 km.",
            article.Body);
    }

    [Fact]
    public void Parse_TitleWithADashAndAMenuItemLikeItsStart_KeepsTheWholeTitle()
    {
        var html = "<html><head><title>Hà Nội - Hải Phòng</title></head><body><ul class='links'><li>Hà Nội</li></ul>"
            + "<div><p>Tuyến cao tốc Hà Nội - Hải Phòng thu phí từ tháng sau, theo thông báo của nhà đầu tư.</p></div></body></html>";

        var article = Read(html, "cao-toc.html");

        Assert.Equal("Hà Nội - Hải Phòng", article.Title);
    }

    [Theory]
    [InlineData("<p class='author_mail'><strong>Võ Hải</strong></p>")]
    [InlineData("<div class='author-wrap'><div class='author-name'><a href='/tac-gia'>Võ Hải</a></div></div>")]
    [InlineData("<span itemprop='author'><span itemprop='name'>Võ Hải</span></span>")]
    [InlineData("<a rel='author' href='/tac-gia/vo-hai'>Võ Hải</a>")]
    public void Parse_BylineWithoutMeta_IsTheAuthor(string byline)
    {
        var html = "<html><head><title>Tin</title></head><body><article><h1>Tin</h1>"
            + "<p>Sáng nay, tuyến buýt điện E03 bắt đầu chở khách qua phố Tây Sơn.</p>" + byline + "</article></body></html>";

        var article = Read(html, "tin.html");

        Assert.Equal("Võ Hải", article.Author);
        Assert.Equal("Sáng nay, tuyến buýt điện E03 bắt đầu chở khách qua phố Tây Sơn.", article.Body);
    }

    [Fact]
    public void Parse_AuthorMetaThatIsAProfileAddress_IsNotTheAuthor()
    {
        var html = "<html><head><title>Tin</title><meta property='article:author' content='https://www.facebook.com/baoxyz'></head>"
            + "<body><article><p>Sáng nay, tuyến buýt điện E03 bắt đầu chở khách qua phố Tây Sơn.</p>"
            + "<p class='author'>Võ Hải</p></article></body></html>";

        var article = Read(html, "tin.html");

        Assert.Equal("Võ Hải", article.Author);
    }

    [Fact]
    public void Parse_PageRenderedByScript_TakesTheTextOfItsLinkedData()
    {
        // A page whose story a script draws: the saved HTML has an empty container, the schema.org data the text.
        var html = """
            <html><head><title>Tin</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Phố đi bộ mở lại",
            "articleBody":"Phố đi bộ quanh hồ Hoàn Kiếm mở lại từ tối thứ sáu.\nNgười dân được khuyến cáo đeo khẩu trang."}</script></head>
            <body><div id="app"></div><script src="app.js"></script></body></html>
            """;
        var warnings = new List<string>();

        var article = HtmlArticle.Parse(html, "pho-di-bo.html", "pho-di-bo.html", warnings);

        Assert.Empty(warnings);
        Assert.Equal("Phố đi bộ mở lại", article.Title);
        Assert.Equal("Phố đi bộ quanh hồ Hoàn Kiếm mở lại từ tối thứ sáu.\nNgười dân được khuyến cáo đeo khẩu trang.", article.Body);
    }

    [Fact]
    public void Parse_PageWithATitleAndNoText_SaysSo()
    {
        var warnings = new List<string>();

        var article = HtmlArticle.Parse("<html><head><title>Thông báo</title></head><body><div id='app'></div></body></html>", "tb.html", "tb.html", warnings);

        Assert.Equal("Thông báo", article.Title);
        Assert.Equal("", article.Body);
        Assert.Equal(["no article text found in the page; only its title is indexed"], warnings);
    }

    [Fact]
    public void Parse_LeadAlsoInTheDescription_IsTheSummaryOnly()
    {
        var html = "<html><head><meta property='og:description' content='(Dân trí) - Hồ Ba Mẫu được nạo vét.'></head><body>"
            + "<article><h1>Nạo vét hồ</h1><h2 class='sapo'>(Dân trí) - Hồ Ba Mẫu được nạo vét.</h2>"
            + "<p>UBND quận Đống Đa cho biết việc nạo vét sẽ xong trong tháng 4.</p></article></body></html>";

        var article = Read(html, "ho.html");

        Assert.Equal("(Dân trí) - Hồ Ba Mẫu được nạo vét.", article.Summary);
        Assert.Equal("UBND quận Đống Đa cho biết việc nạo vét sẽ xong trong tháng 4.", article.Body);
    }
}
