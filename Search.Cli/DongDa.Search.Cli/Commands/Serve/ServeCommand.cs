using System.CommandLine;
using DongDa.Search.Web;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search serve</c>: the HTTP API and the search page over an index, until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var index = IndexLocation.CreateOption();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (several separated by ';').",
            DefaultValueFactory = _ => SearchWebApp.DefaultUrls,
        };
        var command = new Command(
            "serve",
            "Serve the index over HTTP: the search page at /, the JSON API at /api/search, /api/articles/{id} and /api/stats, "
            + "/health/live, /health/ready and /openapi/v1.json. The index may be updated by `dongda-search index` meanwhile: "
            + "new commits are searchable within a second. Settings also come from appsettings.json and DONGDA_ environment "
            + "variables (e.g. DONGDA_Web__CorsOrigins__0=https://portal.example). Stops on Ctrl+C.\n\n"
            + "Examples:\n  dongda-search serve --index idx\n  dongda-search serve --index idx --urls http://0.0.0.0:8080")
        {
            index, urls,
        };
        command.SetAction(parse => SearchWebApp.Run(["--index", parse.GetValue(index)!, "--urls", parse.GetValue(urls)!]));
        return command;
    }
}
