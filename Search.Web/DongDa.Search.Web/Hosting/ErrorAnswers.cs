using DongDa.Search.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace DongDa.Search.Web.Hosting;

/// <summary>How a request that fails is answered: problem+json under <c>/api</c>, a Vietnamese page elsewhere (framed under <c>/embed</c>).</summary>
internal static class ErrorAnswers
{
    public static IResult For(HttpContext http, int status, Func<IResult> problem, string vietnamese)
        => http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            ? problem()
            : Layout.ErrorPage(status, vietnamese, http.Request.Path.StartsWithSegments("/embed", StringComparison.Ordinal));
}
