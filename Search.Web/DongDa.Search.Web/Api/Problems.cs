using Microsoft.AspNetCore.Http;

namespace DongDa.Search.Web.Api;

/// <summary>RFC 9457 problem details of the API: what went wrong, naming the parameter, never a stack trace.</summary>
internal static class Problems
{
    /// <summary>400 naming the parameter (in <c>errors</c> and the <c>parameter</c> member).</summary>
    public static IResult BadParameter(ParameterError error) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [error.Name] = [error.Message] },
        detail: error.Message,
        title: $"The parameter '{error.Name}' is not valid",
        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1",
        extensions: new Dictionary<string, object?> { ["parameter"] = error.Name });

    /// <summary>404 with what was not found.</summary>
    public static IResult NotFound(string detail) => TypedResults.Problem(
        detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found",
        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.5");

    /// <summary>503: the index cannot answer now (not open, or the query ran out of time).</summary>
    public static IResult Unavailable(string detail) => TypedResults.Problem(
        detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search unavailable",
        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.4");

    /// <summary>500 without internals.</summary>
    public static IResult Failure() => TypedResults.Problem(
        detail: "the server failed to answer; the failure is logged", statusCode: StatusCodes.Status500InternalServerError,
        title: "Server error", type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.1");
}
