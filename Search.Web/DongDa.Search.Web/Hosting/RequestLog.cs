using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DongDa.Search.Web.Hosting;

/// <summary>
/// One log line per request in the NCSA Combined Log Format (what Apache and nginx write, and log tools read), with the
/// time taken in milliseconds appended: <c>127.0.0.1 - - [30/Nov/2026:06:00:00 +0000] "GET /api/search?q=dan+van HTTP/1.1" 200 2048 "-" "curl/8.5" 3.1</c>.
/// </summary>
internal sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>The category of request lines (the console formatter writes them as they are).</summary>
    public const string Category = "DongDa.Search.Web.Hosting.RequestLog";

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var received = DateTimeOffset.UtcNow;
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("{Line}", Line(context, received, Stopwatch.GetElapsedTime(start)));
            }
        }
    }

    /// <summary>The Combined Log Format line of a finished request.</summary>
    internal static string Line(HttpContext context, DateTimeOffset received, TimeSpan elapsed)
    {
        var request = context.Request;
        var inv = CultureInfo.InvariantCulture;
        var target = request.PathBase + request.Path + request.QueryString;
        var bytes = context.Response.ContentLength is { } length ? length.ToString(inv) : "-";
        return string.Create(inv,
            $"{context.Connection.RemoteIpAddress?.ToString() ?? "-"} - - [{received.ToString("dd/MMM/yyyy:HH:mm:ss zz00", inv)}] "
            + $"\"{request.Method} {Quote(target)} {request.Protocol}\" {context.Response.StatusCode} {bytes} "
            + $"\"{Quote(request.Headers.Referer.ToString(), "-")}\" \"{Quote(request.Headers.UserAgent.ToString(), "-")}\" {elapsed.TotalMilliseconds:0.0}");
    }

    /// <summary>A header value safe inside the quotes of one log line (no quotes, no line breaks).</summary>
    private static string Quote(string value, string empty = "")
        => value.Length == 0 ? empty : value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
