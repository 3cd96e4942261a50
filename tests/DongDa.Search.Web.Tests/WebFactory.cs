using DongDa.Search.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DongDa.Search.Web.Tests;

/// <summary>
/// The web app in memory over <see cref="TestIndex"/> (through the app's own entry point). The type argument only names
/// the app's assembly: its entry point class is static.
/// </summary>
public sealed class WebFactory : WebApplicationFactory<WebOptions>
{
    public const string AllowedOrigin = "https://portal.example";

    public TestIndex Index { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", Index.IndexPath);
        builder.UseSetting("Web:CorsOrigins:0", AllowedOrigin);
        builder.UseSetting("Web:EmbedAncestors:0", AllowedOrigin);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Index.Dispose();
        }
    }
}
