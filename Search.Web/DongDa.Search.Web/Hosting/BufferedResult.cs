using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DongDa.Search.Web.Hosting;

/// <summary>
/// A response written from one buffer with its Content-Length (pages and API documents are small): no chunking, and the
/// request log records the size.
/// </summary>
internal sealed class BufferedResult(byte[] body, string contentType, int status) : IResult
{
    /// <summary><paramref name="value"/> as JSON by <see cref="SearchJson"/>, the serializer the CLI uses.</summary>
    public static BufferedResult Json<T>(T value, int status = StatusCodes.Status200OK)
        => new(JsonSerializer.SerializeToUtf8Bytes(value, SearchJson.Options), "application/json; charset=utf-8", status);

    /// <summary>An HTML page.</summary>
    public static BufferedResult Html(string html, int status)
        => new(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", status);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
