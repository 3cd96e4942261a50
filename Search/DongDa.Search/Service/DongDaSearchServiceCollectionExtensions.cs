using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DongDa.Search;

/// <summary>Registers DongDa.Search in a service collection.</summary>
/// <example><code>
/// builder.Services.AddDongDaSearch(builder.Configuration.GetSection("Search"));   // Search:IndexPath = /srv/dongda/index
/// // then inject IArticleSearcher; /health: app.MapHealthChecks("/health/ready")
/// </code></example>
public static class DongDaSearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="IArticleSearcher"/> (an <see cref="ArticleSearcher"/> opened on first use, refreshing
    /// itself when the indexer commits, disposed with the container) and its health check, with options set by
    /// <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddDongDaSearch(this IServiceCollection services, Action<DongDaSearchOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DongDaSearchOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>As <see cref="AddDongDaSearch(IServiceCollection, Action{DongDaSearchOptions})"/>, with options bound from <paramref name="section"/>.</summary>
    public static IServiceCollection AddDongDaSearch(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<DongDaSearchOptions>().Bind(section);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<DongDaSearchOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.IndexPath), "Search:IndexPath is not set: give the index folder")
            .Validate(o => o.QueryTimeLimit >= TimeSpan.Zero && o.RefreshInterval >= TimeSpan.Zero, "Search:QueryTimeLimit and Search:RefreshInterval cannot be negative");
        services.TryAddSingleton<IArticleSearcher>(sp => ArticleSearcher.Open(sp.GetRequiredService<IOptions<DongDaSearchOptions>>().Value));
        services.AddHealthChecks().AddCheck<ArticleSearcherHealthCheck>(ArticleSearcherHealthCheck.Name, tags: [ArticleSearcherHealthCheck.ReadyTag]);
        return services;
    }
}
