using System.Net;
using System.Text.RegularExpressions;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DongDa.Search.Web.Tests;

/// <summary>The pages as HTML (no browser): headers, states, weight, encoding, errors.</summary>
public sealed partial class PageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=dan+van")]
    [InlineData("/articles/dv-main")]
    public async Task Page_SecurityHeaders_NoInlineScriptNoFraming(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScript(), html);
    }

    [Theory]
    [InlineData("/?q=gói+bánh+chưng")]
    [InlineData("/articles/" + TestIndex.UntitledId)]
    public async Task Page_UntitledArticle_ShowsTheHeadlineOfItsAddress_SaidSo(string url)
    {
        var html = await _client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains("Phường Khâm Thiên đón Tết sớm", html, StringComparison.Ordinal);
        Assert.Contains("(tiêu đề đọc từ địa chỉ bài)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(Không có tiêu đề)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embed_FramableByTheAllowListOnly_WithoutHeaderAndFooter()
    {
        var response = await _client.GetAsync(new Uri("/embed?q=dan+van", UriKind.Relative));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"frame-ancestors 'self' {WebFactory.AllowedOrigin}", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<header", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<footer", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/embed/articles/dv-main?q=dan%20van\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?q=%E2%80%9Cd%C3%A2n+v%E1%BA%ADn%E2%80%9D", "“dân vận”")]
    [InlineData("/?q=%22d%C3%A2n+v%E1%BA%ADn%22", "&quot;dân vận&quot;")]
    public async Task ResultPage_QueryInItsOwnQuotes_IsNotQuotedAgain(string url, string shown)
    {
        var html = await _client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Matches($"bài viết (nào )?cho {Regex.Escape(shown)}</h1>", html);
        Assert.DoesNotContain("<q>", html[..html.IndexOf("</h1>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultPage_Under100KB_NoExternalRequests()
    {
        var html = await _client.GetStringAsync(new Uri("/?q=dan+van&size=100", UriKind.Relative));
        var css = await _client.GetByteArrayAsync(new Uri(Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value, UriKind.Relative));
        var js = await _client.GetByteArrayAsync(new Uri(Regex.Match(html, "<script defer src=\"([^\"]+)\"").Groups[1].Value, UriKind.Relative));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) + css.Length + js.Length <= 100 * 1024);
        // Everything the page loads (style sheet, script, images, frames) comes from this site.
        Assert.All(Regex.Matches(html, "<(?:link|script|img|iframe)[^>]*(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value),
            src => Assert.StartsWith("/", src, StringComparison.Ordinal));
        Assert.DoesNotContain("url(", System.Text.Encoding.UTF8.GetString(css), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_ListsRelatedArticles()
    {
        var html = await _client.GetStringAsync(new Uri("/articles/" + TestIndex.DanVanId, UriKind.Relative));
        Assert.Contains("<h2>Tin liên quan</h2>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"related\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_NoQuery_ShowsTipsAndArticleCount()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Mẹo tìm kiếm", html, StringComparison.Ordinal);
        Assert.Contains($"Tìm trong {TestIndex.ArticleCount} bài viết", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoResults_SaysSoAndOffersToDropFilters()
    {
        var html = await _client.GetStringAsync(new Uri("/?q=xyzzyqqq&category=X%C3%A3+h%E1%BB%99i", UriKind.Relative));
        Assert.Contains("Không tìm thấy bài viết nào", html, StringComparison.Ordinal);
        Assert.Contains("Bỏ tất cả bộ lọc", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XssArticle_EncodedInResultsAndArticlePage()
    {
        foreach (var url in new[] { "/?q=" + Uri.EscapeDataString(TestIndex.XssQuery), "/articles/" + TestIndex.XssId })
        {
            var html = await _client.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        }
        // In the result list the headline's matched words are marked, and only they are markup.
        var results = await _client.GetStringAsync(new Uri("/?q=" + Uri.EscapeDataString(TestIndex.XssQuery), UriKind.Relative));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Kiểm thử an toàn</mark> &lt;img", results, StringComparison.Ordinal);
    }

    // Each way a query can fail to parse is named in Vietnamese, with what to write instead, not as a general note.
    [Theory]
    [InlineData("-đầu", "chỉ có từ loại trừ")]
    [InlineData("\"dân vận", "ngoặc kép chưa được đóng")]
    [InlineData("dân vận \"\"", "ngoặc kép không có từ nào")]
    [InlineData("dân\"vận", "ngoặc kép nằm giữa một từ")]
    [InlineData("(dân vận)", "ngoặc đơn")]
    [InlineData("dân OR", "cần một từ ở mỗi bên")]
    [InlineData("dân OR -vận", "không nối được bằng OR")]
    [InlineData("dân -date:2019", "date: không loại trừ được")]
    [InlineData("dân date:hôm-qua", "date:2019-01-01..2019-12-31")]
    [InlineData("dân category:", "cần viết liền với giá trị")]
    public async Task QueryThatDoesNotParse_NoteSaysWhyInVietnamese(string query, string expected)
    {
        var html = await _client.GetStringAsync(new Uri("/?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        var note = Assert.Single(Note().Matches(html).Select(m => m.Groups[1].Value), n => n.EndsWith(ReadAsPlainWords, StringComparison.Ordinal));
        Assert.Contains(expected, note, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Page_BadParameter_400InVietnamese()
    {
        var response = await _client.GetAsync(new Uri("/?q=dan&size=500", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tối đa 100 kết quả", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/no-such-page")]
    public async Task Page_Unknown_404InVietnamese(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryOutOfTime_503ProblemAndPage_NoStackTrace()
    {
        using var timingOut = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IArticleSearcher>(new TimingOutSearcher())));
        var client = timingOut.CreateClient();
        var api = await client.GetAsync(new Uri("/api/search?q=dan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("time limit", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await client.GetAsync(new Uri("/?q=dan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("quá nhiều thời gian", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    private const string ReadAsPlainWords = "nên được tìm như các từ thông thường.";

    [GeneratedRegex("<p class=\"note\">([^<]*)</p>")]
    private static partial Regex Note();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    /// <summary>A fake searcher, as portal code would use one: every search runs out of time.</summary>
    private sealed class TimingOutSearcher : IArticleSearcher
    {
        public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
            => throw new SearchTimeoutException(TimeSpan.FromSeconds(5));

        public Article? GetById(string id) => null;

        public IndexStatistics GetStatistics() => throw new NotSupportedException();

        public IndexStatus GetStatus() => new() { IsReady = true, ArticleCount = 0, CommitGeneration = 1 };

        public Restoration Restore(string text) => throw new NotSupportedException();

        public IReadOnlyList<Completion> Suggest(string prefix, int size = 10) => [];

        public RelatedArticles? Related(string id, int size = RelatedArticles.DefaultSize) => null;
    }
}
