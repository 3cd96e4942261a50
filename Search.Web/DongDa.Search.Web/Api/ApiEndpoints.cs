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
            .RequireRateLimiting(SearchTurns.Policy)
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
            .RequireRateLimiting(SearchTurns.Policy)
            .WithName("article")
            .WithSummary("One article in full, or the articles related to it")
            .WithDescription("The stored article: the JSON of `dongda-search show ID --json`. An id holding '/' is written with %2F. "
                + "`/api/articles/{id}/related?size=N` (1-50, default 5): the JSON of `dongda-search related ID --json` (`id`, `hits`, `duplicates`).")
            .Produces<Article>(StatusCodes.Status200OK, "application/json")
            .Produces<RelatedDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search.csv", SearchCsv)
            .WithName("search-csv")
            .WithSummary("Every hit of a search as CSV")
            .WithDescription("The parameters of /api/search (page and size aside) and `limit` (1-100000, default 1000): one row per hit "
                + "(id, title, date, category, author, url, snippet), RFC 4180, UTF-8 with BOM; the CSV of `dongda-search search --format csv`.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

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

    private static IResult Article(string id, HttpContext context, IArticleSearcher searcher)
    {
        // Ids holding '/' are written with %2F, so a literal "/related" ending asks for the related list.
        if (id.EndsWith(RelatedSuffix, StringComparison.Ordinal))
        {
            return Related(id[..^RelatedSuffix.Length], context, searcher);
        }
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

    private const string RelatedSuffix = "/related";

    private static IResult Related(string id, HttpContext context, IArticleSearcher searcher)
    {
        var size = RelatedArticles.DefaultSize;
        if (context.Request.Query.TryGetValue("size", out var sizeText)
            && (sizeText.Count != 1 || !int.TryParse(sizeText[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size < 1 || size > RelatedArticles.MaxSize))
        {
            return Problems.BadParameter(new ParameterError("size", $"size must be a whole number from 1 to {RelatedArticles.MaxSize}", $"Số bài liên quan phải từ 1 đến {RelatedArticles.MaxSize}."));
        }
        var related = searcher.Related(ArticleIds.FromRoute(id), size);
        return related is null
            ? Problems.NotFound($"no article with id '{ArticleIds.FromRoute(id)}'")
            : BufferedResult.Json(SearchJson.ToDocument(related));
    }

    private static IResult SearchCsv(HttpContext context, IArticleSearcher searcher)
    {
        var (parameters, error) = SearchParameters.Read(context.Request.Query);
        if (error is null && !parameters.HasQuery)
        {
            error = new ParameterError("q", "q is required: give the words to search for", "Hãy nhập từ khóa.");
        }
        var limit = SearchResultsCsv.DefaultLimit;
        if (error is null && context.Request.Query.TryGetValue("limit", out var limitText)
            && (limitText.Count != 1 || !int.TryParse(limitText[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > SearchResultsCsv.MaxLimit))
        {
            error = new ParameterError("limit", $"limit must be a whole number from 1 to {SearchResultsCsv.MaxLimit}", $"Giới hạn phải từ 1 đến {SearchResultsCsv.MaxLimit}.");
        }
        if (error is not null)
        {
            return Problems.BadParameter(error);
        }
        // The writer is synchronous (and writes the BOM itself): the list is built in memory, then sent.
        using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        SearchResultsCsv.Write(csv, r => searcher.Search(r, context.RequestAborted), parameters.ToRequest() with { Page = 1 }, limit);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"ket-qua-tim-kiem.csv\"";
        return Results.Text(csv.ToString(), "text/csv; charset=utf-8", System.Text.Encoding.UTF8);
    }

    /// <summary>Longest prefix completed: completions are for what is being typed, not for pasted text.</summary>
    private const int SuggestMaxLength = 200;

    private static BufferedResult Stats(IArticleSearcher searcher) => BufferedResult.Json(searcher.GetStatistics());
}
