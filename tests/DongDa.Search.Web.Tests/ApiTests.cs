using System.Net;
using System.Text.Json;
using DongDa.Search.Cli;
using DongDa.Search.Web.Api;

namespace DongDa.Search.Web.Tests;

/// <summary>The JSON API over the test index: every endpoint, every refusal, and the same JSON as the CLI's <c>--json</c>.</summary>
public sealed class ApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_DanVanWithoutAccents_AccentedArticleFirstWithWordsMarked()
    {
        using var json = await GetJson("/api/search?q=dan%20van");
        var root = json.RootElement;
        // Without accents "dàn văn" matches too (the distractor), ranked below every dân vận article.
        Assert.Equal(TestIndex.DanVanCount + 1, root.GetProperty("total").GetInt32());
        var first = root.GetProperty("hits")[0];
        Assert.Equal(TestIndex.DanVanId, first.GetProperty("id").GetString());
        Assert.Contains("<mark>dân vận</mark>", first.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/search?q=dan%20van&page=2&size=5&from=2018-01-01&to=2020-12-31&category=x%C3%A3%20h%E1%BB%99i&sort=date", "search \"dan van\" --page 2 --size 5 --from 2018-01-01 --to 2020-12-31 --category \"xã hội\" --sort date")]
    [InlineData("/api/search?q=dan%20van&author=Thu%20H%C3%A0", "search \"dan van\" --author \"Thu Hà\"")]
    [InlineData("/api/articles/dv-main", "show dv-main")]
    [InlineData("/api/stats", "stats")]
    [InlineData("/api/suggest?q=dan%20v", "suggest \"dan v\"")]
    [InlineData("/api/articles/dv-main/related", "related dv-main")]
    public async Task Endpoint_SameJsonAsTheCli(string url, string cliArguments)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync();
        var cli = RunCli([.. SplitArguments(cliArguments), "--index", factory.Index.IndexPath, "--json"]);
        Assert.Equal(cli.Trim(), api);
    }

    [Fact]
    public async Task Search_UntitledArticle_TitleFromUrl()
    {
        using var json = await GetJson("/api/search?q=g%C3%B3i%20b%C3%A1nh%20ch%C6%B0ng");
        var hit = json.RootElement.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == TestIndex.UntitledId);
        Assert.Equal("", hit.GetProperty("title").GetString());
        Assert.Equal("Phường Khâm Thiên đón Tết sớm", hit.GetProperty("titleFromUrl").GetString());
    }

    [Fact]
    public async Task Search_TitleMarked_MarksTheHeadlineWords()
    {
        using var json = await GetJson("/api/search?q=dan%20van");
        var hit = json.RootElement.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == TestIndex.DanVanId);
        Assert.Equal("Quận Đống Đa đẩy mạnh công tác <mark>dân vận</mark>", hit.GetProperty("titleMarked").GetString());
    }

    [Fact]
    public async Task Search_JsonFieldNames_AreTheCliContract()
    {
        using var json = await GetJson("/api/search?q=dan%20van&size=1");
        Assert.Equal(["qid", "total", "page", "pageSize", "hits", "facets", "warnings", "interpretation", "suggestion", "notes"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title", "date", "category", "author", "url", "path", "score", "snippet", "titleFromUrl", "titleMarked"], json.RootElement.GetProperty("hits")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["years", "categories"], json.RootElement.GetProperty("facets").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["value", "count"], json.RootElement.GetProperty("facets").GetProperty("years")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Article_IdWithSlashes_FoundWhenEscaped()
    {
        using var json = await GetJson("/api/articles/" + Uri.EscapeDataString(TestIndex.SlashId));
        Assert.Equal(TestIndex.SlashId, json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Article_UnknownId_404Problem()
    {
        var response = await _client.GetAsync(new Uri("/api/articles/no-such-article", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("no-such-article", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("?q=%20%20", "q")]
    [InlineData("?q=LONG", "q")]
    [InlineData("?q=dan&size=101", "size")]
    [InlineData("?q=dan&size=0", "size")]
    [InlineData("?q=dan&size=ten", "size")]
    [InlineData("?q=dan&page=0", "page")]
    [InlineData("?q=dan&page=-1", "page")]
    [InlineData("?q=dan&page=1001&size=10", "page")]
    [InlineData("?q=dan&page=101&size=100", "page")]
    [InlineData("?q=dan&from=2019-13-01", "from")]
    [InlineData("?q=dan&to=13/12/2019", "to")]
    [InlineData("?q=dan&from=2020-01-01&to=2019-01-01", "from")]
    [InlineData("?q=dan&sort=best", "sort")]
    [InlineData("?q=dan&page=1&page=2", "page")]
    [InlineData("?q=dan&category=LONG", "category")]
    public async Task Search_BadParameter_400ProblemNamingIt(string query, string parameter)
    {
        query = query.Replace("LONG", new string('a', 1001), StringComparison.Ordinal);
        var response = await _client.GetAsync(new Uri("/api/search" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), body);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=%20")]
    [InlineData("?q=LONG")]
    public async Task Suggest_BadPrefix_400ProblemNamingQ(string query)
    {
        query = query.Replace("LONG", new string('a', 201), StringComparison.Ordinal);
        var response = await _client.GetAsync(new Uri("/api/suggest" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("q", json.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Suggest_UnaccentedPrefix_CompletesToTheArchivesWords()
    {
        using var json = await GetJson("/api/suggest?q=dan%20v");
        var texts = json.RootElement.GetProperty("completions").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.Contains(texts, t => t!.StartsWith("dân vận", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Related_UnknownId_404_BadSize_400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/api/articles/no-such-article/related", UriKind.Relative))).StatusCode);
        var bad = await _client.GetAsync(new Uri("/api/articles/dv-main/related?size=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var json = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal("size", json.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task SearchCsv_EveryHitWithBom_AsTheCli()
    {
        var response = await _client.GetAsync(new Uri("/api/search.csv?q=dan%20van&limit=3", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,title,date", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(new Uri("/api/search.csv?q=dan&limit=0", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Search_ExactlyAtTheLimits_Accepted()
    {
        var response = await _client.GetAsync(new Uri($"/api/search?q={new string('a', SearchParameters.MaxQueryLength)}&page=100&size=100", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Stats_CountsEveryArticle()
    {
        using var json = await GetJson("/api/stats");
        Assert.Equal(TestIndex.ArticleCount, json.RootElement.GetProperty("articleCount").GetInt32());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Healthy(string url)
    {
        using var json = await GetJson(url);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthReady_ReportsTheIndexCheck()
    {
        using var json = await GetJson("/health/ready");
        var check = json.RootElement.GetProperty("checks").GetProperty("dongda-search-index");
        Assert.Equal(TestIndex.ArticleCount, check.GetProperty("data").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        using var json = await GetJson("/openapi/v1.json");
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out var search));
        Assert.True(paths.TryGetProperty("/api/stats", out _));
        Assert.Contains(paths.EnumerateObject(), p => p.Name.StartsWith("/api/articles/", StringComparison.Ordinal));
        var parameters = search.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "page", "size", "from", "to", "category", "author", "sort"], parameters);
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name == "/" || p.Name.StartsWith("/embed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("POST", "/api/search?q=dan")]
    [InlineData("PUT", "/api/articles/dv-main")]
    [InlineData("DELETE", "/api/articles/dv-main")]
    public async Task Api_IsReadOnly(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Api_UnknownAddress_404Problem()
    {
        var response = await _client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Cors_AllowedOriginOnly()
    {
        Assert.Equal(WebFactory.AllowedOrigin, await AllowedOrigin(WebFactory.AllowedOrigin));
        Assert.Null(await AllowedOrigin("https://elsewhere.example"));
    }

    private async Task<string?> AllowedOrigin(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/search?q=dan", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private static string RunCli(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }

    /// <summary>Splits on spaces outside double quotes (the test's own argument strings).</summary>
    private static IEnumerable<string> SplitArguments(string text)
    {
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                yield return parts[i];
            }
            else
            {
                foreach (var word in parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return word;
                }
            }
        }
    }
}
