using DongDa.Search.Indexer.Sources;

namespace DongDa.Search.Indexer.Tests;

/// <summary>JSON Lines as other news sites and scrapers write them: other field names, lists, HTML in the text.</summary>
public class JsonLineArticleTests
{
    /// <summary>The article of <paramref name="line"/>, the first line of <paramref name="file"/>, read without a warning.</summary>
    private static Schema.Article ReadWithoutWarnings(string line, string file)
    {
        var warnings = new List<string>();
        var article = JsonLineArticle.Parse(line, 1, file, warnings);
        Assert.Empty(warnings);
        return article;
    }

    [Fact]
    public void Parse_OtherSourcesFieldNames_ReadAsOurs()
    {
        const string line = """
            {"link":"https://bao.example.vn/a-1.html","headline":"Phường Láng khai trương thư viện","sapo":"Thư viện mở cửa.",
             "content":"Sáng nay thư viện phường mở cửa.","published_at":"2025-09-02T08:30:00+07:00",
             "authors":["Minh Hằng","Ngọc Sơn"],"section":"Văn hóa"}
            """;

        var article = ReadWithoutWarnings(line, "other.jsonl");

        Assert.Equal("https://bao.example.vn/a-1.html", article.Id);
        Assert.Equal("https://bao.example.vn/a-1.html", article.Url);
        Assert.Equal("Phường Láng khai trương thư viện", article.Title);
        Assert.Equal("Thư viện mở cửa.", article.Summary);
        Assert.Equal("Sáng nay thư viện phường mở cửa.", article.Body);
        Assert.Equal(new DateOnly(2025, 9, 2), article.Date);
        Assert.Equal("Minh Hằng, Ngọc Sơn", article.Author);
        Assert.Equal("Văn hóa", article.Category);
    }

    [Fact]
    public void Parse_OurFieldName_WinsOverAnotherSourcesName()
    {
        var article = JsonLineArticle.Parse("""{"id":"a","body":"Thân bài.","content":"Bản khác."}""", 1, "x.jsonl", []);

        Assert.Equal("Thân bài.", article.Body);
    }

    [Fact]
    public void Parse_TextHoldingHtml_ReadAsParagraphsWithoutTags()
    {
        const string line = """
            {"id":"h","title":"Đống Đa &amp; Ba Đình","body":"<p>Công tác <b>dân vận</b> khéo.</p><p>Đoạn hai&nbsp;có &quot;trích dẫn&quot;.</p><script>x()</script>"}
            """;

        var article = JsonLineArticle.Parse(line, 1, "x.jsonl", []);

        Assert.Equal("Đống Đa & Ba Đình", article.Title);
        Assert.Equal("Công tác dân vận khéo.\nĐoạn hai có \"trích dẫn\".", article.Body);
    }

    [Theory]
    [InlineData("Giá tăng 5% so với năm trước; 3 < 4 và 5 > 2.")]
    [InlineData("Quy định tại điều 3 <khoản 2> không đổi.")]
    [InlineData("Mã độc chèn <script>alert(1)</script> và <b>thẻ</b> vào trang web.")]
    public void Parse_ProseWithAngleBracketsOrTags_KeptAsWritten(string body)
    {
        var article = JsonLineArticle.Parse($$"""{"id":"p","body":{{System.Text.Json.JsonSerializer.Serialize(body)}}}""", 1, "x.jsonl", []);

        Assert.Equal(body, article.Body);
    }

    [Fact]
    public void Parse_NoTextUnderAnyKnownName_ErrorListsTheLinesFields()
    {
        var error = Assert.Throws<ArticleFormatException>(() => JsonLineArticle.Parse("""{"id":"x","noi_dung":"Bài viết."}""", 3, "x.jsonl", []));

        Assert.Equal("no title, summary or body (the line has: id, noi_dung)", error.Message);
    }

    [Theory]
    [InlineData("""{"id":"a","body":"Bài.","pubDate":"Fri, 05 Mar 2021 07:30:00 +0700"}""")]
    [InlineData("""{"id":"a","body":"Bài.","date":1614904200}""")]
    public void Parse_RssDateOrTimestamp_ReadsTheDate(string line)
    {
        var article = ReadWithoutWarnings(line, "x.jsonl");

        Assert.Equal(new DateOnly(2021, 3, 5), article.Date);
        Assert.Equal(new TimeOnly(7, 30), article.Time);
    }

    [Fact]
    public void Parse_AuthorAndSectionAsObjects_ReadsTheirNames()
    {
        var line = """{"id":"a","body":"Bài.","authors":[{"name":"Minh Hằng","url":"/tac-gia/mh"},{"name":"Ngọc Sơn"}],"category":{"id":7,"title":"Xã hội"}}""";

        var article = ReadWithoutWarnings(line, "x.jsonl");

        Assert.Equal("Minh Hằng, Ngọc Sơn", article.Author);
        Assert.Equal("Xã hội", article.Category);
    }

    [Fact]
    public void Parse_WordPressApiPost_ReadsItsRenderedTexts()
    {
        var line = """{"id":123,"date":"2021-03-05T07:30:00","link":"https://portal.example.vn/?p=123","title":{"rendered":"Ra qu&acirc;n dọn hồ"},"""
            + """ "content":{"rendered":"<p>Đoạn một.</p>\n<p>Đoạn hai.</p>","protected":false},"excerpt":{"rendered":"<p>Tóm tắt.</p>"}}""";

        var article = ReadWithoutWarnings(line, "wp.jsonl");

        Assert.Equal("123", article.Id);
        Assert.Equal("Ra quân dọn hồ", article.Title);
        Assert.Equal("Tóm tắt.", article.Summary);
        Assert.Equal("Đoạn một.\nĐoạn hai.", article.Body);
        Assert.Equal(new DateOnly(2021, 3, 5), article.Date);
    }
}
