using DongDa.Search.Schema;
using DongDa.Search.Web.Api;
using DongDa.Search.Web.Hosting;
using DongDa.Search.Web.Pages;
using Lucene.Net.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace DongDa.Search.Web;

/// <summary>
/// The search service: the JSON API under <c>/api</c>, the Vietnamese search page at <c>/</c>, <c>/embed</c>, health
/// endpoints and the OpenAPI document, on Kestrel. Configuration: <c>appsettings.json</c> beside the assembly, then
/// environment variables (also <c>DONGDA_</c>-prefixed ones such as <c>DONGDA_Search__IndexPath</c>), then the command
/// line (<c>--index DIR</c>, <c>--urls URL</c>, or any key as <c>--Search:QueryTimeLimit=00:00:02</c>).
/// </summary>
public static class SearchWebApp
{
    /// <summary>Where the service listens when neither <c>--urls</c> nor configuration says.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--index"] = DongDaSearchOptions.SectionName + ":" + nameof(DongDaSearchOptions.IndexPath),
    };

    /// <summary>The configured application, not yet started.</summary>
    public static WebApplication Build(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("DONGDA_");
        builder.Configuration.AddCommandLine(args, SwitchMappings);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = LogLineFormatter.FormatterName)
            .AddConsoleFormatter<LogLineFormatter, ConsoleFormatterOptions>();

        // The portal's registration, exactly as a portal uses it.
        builder.Services.AddDongDaSearch(builder.Configuration.GetSection(DongDaSearchOptions.SectionName));
        builder.Services.PostConfigure<DongDaSearchOptions>(o => o.IndexPath = o.IndexPath.Length > 0 ? Path.GetFullPath(o.IndexPath) : "");
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.SectionName));
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<WebOptions>>((cors, web) => cors.AddPolicy(ApiEndpoints.CorsPolicy, policy => policy
            .WithOrigins(web.Value.CorsOrigins)
            .WithMethods(HttpMethods.Get)
            .WithHeaders("Accept", "Content-Type")));
        builder.Services.AddSearchTurns();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DongDa.Search API";
            document.Info.Description = "Search Vietnamese news of the Đống Đa district portal: with or without accents, filters, facets, snippets. Read-only.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseMiddleware<RequestLog>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ErrorHandling>();
        app.UseStatusCodePages(NotFound.WriteAsync);
        app.UseCors();
        app.UseRateLimiter();

        app.MapOpenApi();
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        StaticAssets.Map(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ArticleSearcherHealthCheck.ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Builds, opens the index (a wrong folder fails at once, with one line on standard error) and serves until Ctrl+C or
    /// SIGTERM. Returns the process exit code: 0 after a clean stop, 1 for a configuration mistake, 2 when the index cannot be opened or the address cannot be listened on.
    /// </summary>
    public static int Run(string[] args)
    {
        var app = Build(args);
        try
        {
            var searcher = app.Services.GetRequiredService<IArticleSearcher>();
            // Opened now, so a wrong folder fails at once; one query once listening, so the first visitor does not wait for the JIT.
            app.Lifetime.ApplicationStarted.Register(() => Task.Run(() => searcher.Search(new SearchRequest { Query = "dân vận" })));
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine("error: " + e.Message + " (use --index DIR)");
            return 1;
        }
        catch (Exception e) when (e is IndexNotFoundException or IncompatibleIndexException or IOException or UnauthorizedAccessException)
        {
            var path = app.Services.GetRequiredService<IOptions<DongDaSearchOptions>>().Value.IndexPath;
            Console.Error.WriteLine(e is IndexNotFoundException
                ? $"error: no index in '{path}': run `dongda-search index` first"
                : $"error: cannot open the index in '{path}': {e.Message}");
            return 2;
        }
        try
        {
            app.Run();
        }
        catch (IOException e)
        {
            // Kestrel could not listen (the port is taken, or the address is not this machine's).
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
        return 0;
    }
}
