namespace DongDa.Search.Web.Api;

/// <summary>
/// Article ids in paths. Ids may be URLs or file paths: a link writes the whole id escaped (a '/' as %2F), and the
/// server leaves %2F undecoded in the path, so it is turned back here.
/// </summary>
internal static class ArticleIds
{
    /// <summary>The path segment of <paramref name="id"/> for a link.</summary>
    public static string ToRoute(string id) => Uri.EscapeDataString(id);

    /// <summary>The id from a route value.</summary>
    public static string FromRoute(string value) => value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
