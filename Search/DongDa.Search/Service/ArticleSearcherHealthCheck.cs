using DongDa.Search.Schema;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DongDa.Search;

/// <summary>
/// Healthy when the registered <see cref="IArticleSearcher"/> has its index open, compatible and refreshing; the data
/// carry the article count and commit generation. Registered by <c>AddDongDaSearch</c> with the tag <see cref="ReadyTag"/>.
/// </summary>
public sealed class ArticleSearcherHealthCheck(IServiceProvider services) : IHealthCheck
{
    /// <summary>The tag of checks that say whether the service is ready for traffic (not merely alive).</summary>
    public const string ReadyTag = "ready";

    /// <summary>The name the check is registered under.</summary>
    public const string Name = "dongda-search-index";

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IndexStatus status;
        try
        {
            status = services.GetRequiredService<IArticleSearcher>().GetStatus();
        }
        catch (Exception e) when (e is IndexNotFoundException or IncompatibleIndexException or IOException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the index cannot be opened: " + e.Message));
        }
        var data = new Dictionary<string, object>
        {
            ["articles"] = status.ArticleCount,
            ["commitGeneration"] = status.CommitGeneration,
        };
        if (status.LastRefreshCheck is { } checkedAt)
        {
            data["lastRefreshCheck"] = checkedAt;
        }
        return Task.FromResult(status.IsReady
            ? HealthCheckResult.Healthy($"{status.ArticleCount} articles", data)
            : HealthCheckResult.Unhealthy(status.Problem, data: data));
    }
}
