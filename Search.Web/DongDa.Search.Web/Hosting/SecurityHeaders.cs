using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DongDa.Search.Web.Hosting;

/// <summary>
/// Security headers on every response: a Content-Security-Policy that allows only this site's own style sheet and
/// script (no inline script, no other origin), <c>X-Content-Type-Options</c>, <c>Referrer-Policy</c>, and framing only
/// for <c>/embed</c> pages, by the origins in <c>Web:EmbedAncestors</c>.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<WebOptions> options)
{
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'";

    private readonly string _embedAncestors = string.Join(' ', ["'self'", .. options.Value.EmbedAncestors.Where(IsOrigin)]);

    public Task InvokeAsync(HttpContext context)
    {
        var embed = context.Request.Path.StartsWithSegments("/embed", StringComparison.Ordinal);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = $"{Policy}; frame-ancestors {(embed ? _embedAncestors : "'none'")}";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (!embed)
        {
            headers.XFrameOptions = "DENY";
        }
        return next(context);
    }

    /// <summary>Only scheme://host[:port] origins go into the policy: anything else could widen or break it.</summary>
    private static bool IsOrigin(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.GetLeftPart(UriPartial.Authority).Equals(value.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
