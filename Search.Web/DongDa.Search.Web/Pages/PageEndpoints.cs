using DongDa.Search.Web.Api;
using DongDa.Search.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DongDa.Search.Web.Pages;

/// <summary>The HTML pages: search at <c>/</c> and <c>/embed</c>, articles at <c>/articles/{id}</c> and <c>/embed/articles/{id}</c>.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, IArticleSearcher searcher) => Search(context, searcher, embed: false)).RequireRateLimiting(SearchTurns.Policy).ExcludeFromDescription();
        app.MapGet("/embed", (HttpContext context, IArticleSearcher searcher) => Search(context, searcher, embed: true)).RequireRateLimiting(SearchTurns.Policy).ExcludeFromDescription();
        app.MapGet("/articles/{**id}", (string id, HttpContext context, IArticleSearcher searcher) => Article(id, context, searcher, embed: false)).RequireRateLimiting(SearchTurns.Policy).ExcludeFromDescription();
        app.MapGet("/embed/articles/{**id}", (string id, HttpContext context, IArticleSearcher searcher) => Article(id, context, searcher, embed: true)).RequireRateLimiting(SearchTurns.Policy).ExcludeFromDescription();
    }

    private static IResult Search(HttpContext context, IArticleSearcher searcher, bool embed)
    {
        var (parameters, error) = SearchParameters.Read(context.Request.Query);
        if (error is not null)
        {
            return Layout.Page("Yêu cầu chưa đúng", SearchPage.Render(parameters with { Page = 1 }, null, error, 0, embed), embed, StatusCodes.Status400BadRequest);
        }
        if (!parameters.HasQuery)
        {
            return Layout.Page("Tìm kiếm", SearchPage.Render(parameters, null, null, searcher.GetStatus().ArticleCount, embed), embed);
        }
        var results = searcher.Search(parameters.ToRequest(), context.RequestAborted);
        var title = parameters.Page > 1 ? $"{parameters.Query} (trang {parameters.Page})" : parameters.Query;
        return Layout.Page(title, SearchPage.Render(parameters, results, null, 0, embed), embed);
    }

    private static IResult Article(string id, HttpContext context, IArticleSearcher searcher, bool embed)
    {
        var article = searcher.GetById(ArticleIds.FromRoute(id));
        if (article is null)
        {
            return Layout.ErrorPage(StatusCodes.Status404NotFound, "Không có bài viết nào với mã này trong kho.", embed);
        }
        var query = context.Request.Query.TryGetValue("q", out var q) && q.Count > 0 ? q[0] : null;
        if (query is { Length: > SearchParameters.MaxQueryLength })
        {
            query = null;
        }
        var related = searcher.Related(article.Id, RelatedArticles.DefaultSize);
        var titleFromUrl = AddressHeadline.Read(article, t => searcher.Restore(t).Reading);
        return Layout.Page(article.Title.Length > 0 ? article.Title : titleFromUrl ?? "Bài viết", ArticlePage.Render(article, query, embed, related, titleFromUrl), embed);
    }
}
