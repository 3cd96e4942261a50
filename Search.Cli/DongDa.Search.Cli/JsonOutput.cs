namespace DongDa.Search.Cli;

/// <summary>
/// One JSON style for every verb: camelCase, Vietnamese letters written as they are, and every field present (null when
/// unknown), so scripts can rely on the shape.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Serializes <paramref name="value"/> on one line, with the library's options (the HTTP API writes the same JSON).</summary>
    public static string Line<T>(T value) => SearchJson.Serialize(value);
}
