using System.Net;
using DongDa.Search.Schema;
using DongDa.Search.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DongDa.Search.Web.Tests;

public sealed class SearchTurnsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task SearchesBeyondTheTurnsAndTheQueue_Are503WithRetryAfter_ThenServedAgain()
    {
        var searcher = new BlockingSearcher();
        // Set on the options, after the app binds its configuration: one turn, nobody waiting.
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s
            .AddSingleton<IArticleSearcher>(searcher)
            .Configure<WebOptions>(o => (o.SearchConcurrency, o.SearchQueue) = (1, 0))));
        var client = app.CreateClient();

        var first = client.GetAsync(new Uri("/api/search?q=" + BlockingSearcher.Holding, UriKind.Relative));
        Assert.True(searcher.Started.Wait(TimeSpan.FromSeconds(30)));
        var api = await client.GetAsync(new Uri("/api/search?q=van", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/?q=van", UriKind.Relative));
        searcher.Release.Set();
        var served = await first;
        var after = await client.GetAsync(new Uri("/api/search?q=van", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), api.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Máy chủ đang bận", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>A searcher whose search for <see cref="Holding"/> waits until released: it holds the only turn. Other
    /// searches (the app's own warm-up query when it starts) answer at once.</summary>
    private sealed class BlockingSearcher : IArticleSearcher
    {
        public const string Holding = "giu luot";

        public ManualResetEventSlim Started { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
        {
            if (request.Query == Holding)
            {
                Started.Set();
                Release.Wait(TimeSpan.FromSeconds(30), cancellationToken);
            }
            return new SearchResults { Total = 0, Hits = [], Page = request.Page, PageSize = request.PageSize, Years = [], Categories = [], Warnings = [] };
        }

        public Article? GetById(string id) => null;

        public IndexStatistics GetStatistics() => throw new NotSupportedException();

        public IndexStatus GetStatus() => new() { IsReady = true, ArticleCount = 0, CommitGeneration = 1 };

        public Restoration Restore(string text) => new() { Input = text, Reading = text, Alternatives = [] };

        public IReadOnlyList<Completion> Suggest(string prefix, int size = 10) => [];

        public RelatedArticles? Related(string id, int size = RelatedArticles.DefaultSize) => null;
    }
}
