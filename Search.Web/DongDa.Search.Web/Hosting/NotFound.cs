using DongDa.Search.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace DongDa.Search.Web.Hosting;

/// <summary>Bodies for bare error statuses (an unknown address): problem+json under <c>/api</c>, a Vietnamese page elsewhere.</summary>
internal static class NotFound
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status404NotFound)
        {
            return Task.CompletedTask;
        }
        var result = ErrorAnswers.For(http, StatusCodes.Status404NotFound,
            () => Problems.NotFound($"no such address: {http.Request.Path}"), "Trang bạn tìm không có ở đây.");
        return result.ExecuteAsync(http);
    }
}
