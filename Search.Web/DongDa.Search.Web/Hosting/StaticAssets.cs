using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace DongDa.Search.Web.Hosting;

/// <summary>
/// The page's style sheet and script, embedded in this assembly and served from <c>/static/</c> with a content hash in
/// their links, so browsers cache them for good and a new version is fetched at once.
/// </summary>
internal static class StaticAssets
{
    private static readonly Asset Css = Load("site.css", "text/css; charset=utf-8");
    private static readonly Asset Js = Load("site.js", "text/javascript; charset=utf-8");

    /// <summary>The link of the style sheet.</summary>
    public static string CssHref => $"/static/site.css?v={Css.Version}";

    /// <summary>The link of the script.</summary>
    public static string JsHref => $"/static/site.js?v={Js.Version}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/static/site.css", (HttpContext context) => Serve(context, Css)).ExcludeFromDescription();
        app.MapGet("/static/site.js", (HttpContext context) => Serve(context, Js)).ExcludeFromDescription();
    }

    private static FileContentHttpResult Serve(HttpContext context, Asset asset)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        var etag = new EntityTagHeaderValue($"\"{asset.Version}\"");
        return TypedResults.Bytes(asset.Content, asset.ContentType, entityTag: etag);
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("DongDa.Search.Web.Static." + name)
            ?? throw new InvalidOperationException($"the embedded resource {name} is missing from the build");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return new Asset(content, contentType, Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
    }

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}
