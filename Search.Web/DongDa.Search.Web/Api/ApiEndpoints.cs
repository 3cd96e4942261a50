using DongDa.Search.Schema;
using DongDa.Search.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace DongDa.Search.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api</c>. Every document is written by <see cref="SearchJson"/>, the serializer of
/// <c>dongda-search --json</c>, so the two cannot drift apart.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The CORS policy of the API (origins from <c>Web:CorsOrigins</c>).</summary>
    public const string CorsPolicy = "api";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireCors(CorsPolicy).WithTags("search");

        api.MapGet("/search", Search)
            .WithName("search")
            .WithSummary("Search the articles")
            .WithDescription("Ranked hits with highlighted snippets and counts by year and category; the JSON of `dongda-search search --json`.")
            .Produces<SearchResultsDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The parameters are read by SearchParameters (one place for every limit); here they are described.
                operation.Parameters ??= [];
                foreach (var (name, type, description) in SearchParameters.Described)
                {
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = name,
                        In = ParameterLocation.Query,
                        Required = name == "q",
                        Description = description,
                        Schema = new OpenApiSchema { Type = type },
                    });
                }
                return Task.CompletedTask;
            });

        api.MapGet("/articles/{**id}", Article)
            .WithName("article")
            .WithSummary("One article in full")
            .WithDescription("The stored article: the JSON of `dongda-search show ID --json`. An id holding '/' is written with %2F.")
            .Produces<Article>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/suggest", Suggest)
            .WithName("suggest")
            .WithSummary("Complete what is being typed")
            .WithDescription("Up to 10 completions of `q` from the archive's own words and phrases, accent-insensitive (`cong tac d` → `công tác dân vận`); the JSON of `dongda-search suggest --json`.")
            .Produces<CompletionsDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();

        api.MapGet("/stats", Stats)
            .WithName("stats")
            .WithSummary("What the index holds")
            .WithDescription("Article count, date range, counts by year and category, size and versions: the JSON of `dongda-search stats --json`.")
            .Produces<IndexStatistics>(StatusCodes.Status200OK, "application/json");
    }

    private static IResult Search(HttpContext context, IArticleSearcher searcher)
    {
        var (parameters, error) = SearchParameters.Read(context.Request.Query);
        if (error is null && !parameters.HasQuery)
        {
            error = new ParameterError("q", "q is required: give the words to search for", "Hãy nhập từ khóa.");
        }
        if (error is not null)
        {
            return Problems.BadParameter(error);
        }
        var results = searcher.Search(parameters.ToRequest(), context.RequestAborted);
        return BufferedResult.Json(SearchJson.ToDocument(results));
    }

    private static IResult Article(string id, IArticleSearcher searcher)
    {
        var article = searcher.GetById(ArticleIds.FromRoute(id));
        return article is null
            ? Problems.NotFound($"no article with id '{ArticleIds.FromRoute(id)}'")
            : BufferedResult.Json(article);
    }

    private static IResult Suggest(HttpContext context, IArticleSearcher searcher)
    {
        var q = context.Request.Query["q"].ToString();
        if (q.Trim().Length == 0)
        {
            return Problems.BadParameter(new ParameterError("q", "q is required: give the start of a word to complete", "Hãy nhập vài chữ đầu."));
        }
        if (q.Length > SuggestMaxLength)
        {
            return Problems.BadParameter(new ParameterError("q", $"q is longer than {SuggestMaxLength} characters", $"Chỉ gợi ý cho tối đa {SuggestMaxLength} ký tự."));
        }
        return BufferedResult.Json(new CompletionsDocument(q, searcher.Suggest(q, 10)));
    }

    /// <summary>Longest prefix completed: completions are for what is being typed, not for pasted text.</summary>
    private const int SuggestMaxLength = 200;

    private static BufferedResult Stats(IArticleSearcher searcher) => BufferedResult.Json(searcher.GetStatistics());
}
