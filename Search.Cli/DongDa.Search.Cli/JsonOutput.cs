using System.Text.Encodings.Web;
using System.Text.Json;

namespace DongDa.Search.Cli;

/// <summary>
/// One JSON style for every verb: camelCase, Vietnamese letters written as they are, and every field present (null when
/// unknown), so scripts can rely on the shape.
/// </summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes <paramref name="value"/> on one line.</summary>
    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
