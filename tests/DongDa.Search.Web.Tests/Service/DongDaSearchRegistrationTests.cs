using System.Text;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DongDa.Search.Web.Tests.Service;

/// <summary>
/// The library's registration (<c>AddDongDaSearch</c>) as a portal uses it, outside the web host. These live here because
/// this project already has a DI container and configuration; the code under test is DongDa.Search's.
/// </summary>
public sealed class DongDaSearchRegistrationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dongda-di-tests-" + Guid.NewGuid().ToString("N"));

    public DongDaSearchRegistrationTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void AddDongDaSearch_BindsOptionsFromConfiguration_OneSharedSearcher()
    {
        var index = IndexOf(("a1", "Hội diễn mùa xuân"));
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Search:IndexPath"] = index,
            ["Search:QueryTimeLimit"] = "00:00:02",
            ["Search:RefreshInterval"] = "00:00:00.5",
            ["Search:Ranking:K1"] = "1.5",
            ["Search:CompactAfterModelRead"] = "false",
        });
        var options = provider.GetRequiredService<IOptions<DongDaSearchOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(2), options.QueryTimeLimit);
        Assert.False(options.CompactAfterModelRead);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.RefreshInterval);
        var searcher = Assert.IsType<ArticleSearcher>(provider.GetRequiredService<IArticleSearcher>());
        Assert.Same(searcher, provider.GetRequiredService<IArticleSearcher>());
        Assert.Equal(TimeSpan.FromSeconds(2), searcher.QueryTimeLimit);
        Assert.Equal(1.5f, searcher.Options.K1);
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "hoi dien" }).Total);
    }

    [Fact]
    public void AddDongDaSearch_WithoutIndexPath_FailsNamingTheSetting()
    {
        using var provider = Provider(new Dictionary<string, string?>());
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IArticleSearcher>());
        Assert.Contains("Search:IndexPath", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Searcher_IndexerCommits_NewArticleFoundWithoutRefresh()
    {
        var index = IndexOf(("a1", "Hội diễn mùa xuân"));
        using var provider = Provider(new Dictionary<string, string?> { ["Search:IndexPath"] = index, ["Search:RefreshInterval"] = "00:00:00.1" });
        var searcher = provider.GetRequiredService<IArticleSearcher>();
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "khánh thành" }).Total);

        AddTo(index, ("a2", "Khánh thành nhà văn hóa phường Kim Liên"));

        // The refresh timer (every 0.1 s here) picks the commit up; the wait is a bound, not a measurement.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (searcher.Search(new SearchRequest { Query = "khánh thành" }).Total == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "khánh thành" }).Total);
        Assert.Equal(2, searcher.GetStatus().ArticleCount);
        Assert.NotNull(searcher.GetStatus().LastRefreshCheck);
    }

    [Fact]
    public void Search_SameRequestAgain_GivesTheKeptResult_UntilTheIndexChanges()
    {
        var index = IndexOf(("a1", "Khánh thành cầu mới"));
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Search:IndexPath"] = index,
            ["Search:RefreshInterval"] = "00:00:00",
            ["Search:ResultCacheSize"] = "100",
        });
        var searcher = Assert.IsType<ArticleSearcher>(provider.GetRequiredService<IArticleSearcher>());
        var request = new SearchRequest { Query = "khánh thành" };

        var first = searcher.Search(request);
        Assert.Same(first, searcher.Search(request with { }));
        Assert.NotSame(first, searcher.Search(request with { Page = 2 }));

        AddTo(index, ("a2", "Khánh thành nhà văn hóa phường Kim Liên"));
        Assert.True(searcher.Refresh());

        Assert.Equal(1, first.Total);
        Assert.Equal(2, searcher.Search(request).Total);
    }

    [Fact]
    public void Search_ByDefault_SearchesEveryRequest()
    {
        var index = IndexOf(("a1", "Khánh thành cầu mới"));
        using var provider = Provider(new Dictionary<string, string?> { ["Search:IndexPath"] = index });
        var searcher = provider.GetRequiredService<IArticleSearcher>();
        var request = new SearchRequest { Query = "khánh thành" };

        Assert.NotSame(searcher.Search(request), searcher.Search(request));
    }

    [Fact]
    public void Search_CancelledToken_StopsWithOperationCanceled()
    {
        var index = IndexOf(("a1", "Hội diễn mùa xuân"));
        using var provider = Provider(new Dictionary<string, string?> { ["Search:IndexPath"] = index });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var searcher = provider.GetRequiredService<IArticleSearcher>();
        Assert.Throws<OperationCanceledException>(() => searcher.Search(new SearchRequest { Query = "hoi dien" }, cancelled.Token));
    }

    [Fact]
    public async Task HealthCheck_OpenIndex_HealthyWithArticleCount()
    {
        var index = IndexOf(("a1", "Hội diễn mùa xuân"), ("a2", "Giải bóng đá thiếu niên"));
        using var provider = Provider(new Dictionary<string, string?> { ["Search:IndexPath"] = index });
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(2, report.Entries[ArticleSearcherHealthCheck.Name].Data["articles"]);
    }

    [Fact]
    public async Task HealthCheck_NoIndexInFolder_Unhealthy()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);
        using var provider = Provider(new Dictionary<string, string?> { ["Search:IndexPath"] = empty });
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("cannot be opened", report.Entries[ArticleSearcherHealthCheck.Name].Description, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temp cleaning.
        }
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDongDaSearch(configuration.GetSection(DongDaSearchOptions.SectionName));
        return services.BuildServiceProvider();
    }

    private string IndexOf(params (string Id, string Title)[] articles)
    {
        var index = Path.Combine(_root, "index-" + Guid.NewGuid().ToString("N"));
        AddTo(index, articles);
        return index;
    }

    /// <summary>Indexes <paramref name="articles"/> into <paramref name="index"/> as the CLI's index verb would (and commits).</summary>
    private void AddTo(string index, params (string Id, string Title)[] articles)
    {
        var file = Path.Combine(_root, "source-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(file, string.Concat(articles.Select(a => $"{{\"id\":\"{a.Id}\",\"title\":\"{a.Title}\",\"body\":\"{a.Title}.\"}}\n")), new UTF8Encoding(false));
        using var indexer = ArticleIndexer.Open(index);
        var report = indexer.Index([file]);
        Assert.Equal(0, report.Failed);
    }
}
