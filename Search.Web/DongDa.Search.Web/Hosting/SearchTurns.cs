using System.Threading.RateLimiting;
using DongDa.Search.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DongDa.Search.Web.Hosting;

/// <summary>
/// Searches take turns: <see cref="WebOptions.SearchConcurrency"/> run at once, the others wait oldest first, up to
/// <see cref="WebOptions.SearchQueue"/>; beyond them a request is answered 503 at once. Searching is CPU work on the
/// request's thread: more searches at once than cores only share the cores, and a crowd of them would grow the thread
/// pool (and the memory in flight) without bound. Measured with 16 clients on 2 cores (the load bench in the README):
/// one turn per core lost throughput (264 req/s, p99 161 ms), two per core kept it (289 req/s, p99 108 ms; 291 and
/// 128 ms without turns); what the turns add is the bound.
/// </summary>
internal static class SearchTurns
{
    /// <summary>The rate-limiting policy of the endpoints that search.</summary>
    public const string Policy = "search";

    public static IServiceCollection AddSearchTurns(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebOptions>>((limiter, web) =>
        {
            // Two per core: a search waiting on a read or a collection leaves its core to the other.
            var concurrency = web.Value.SearchConcurrency > 0 ? web.Value.SearchConcurrency : 2 * Environment.ProcessorCount;
            limiter.AddConcurrencyLimiter(Policy, turns =>
            {
                turns.PermitLimit = concurrency;
                turns.QueueLimit = Math.Max(0, web.Value.SearchQueue);
                turns.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "1";
                var result = ErrorAnswers.For(http, StatusCodes.Status503ServiceUnavailable,
                    () => Problems.Unavailable("too many searches are waiting: try again in a second"), "Máy chủ đang bận. Xin thử lại sau giây lát.");
                return new ValueTask(result.ExecuteAsync(http));
            };
        });
        return services;
    }
}
