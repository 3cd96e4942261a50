using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DongDa.Search.Cli;

/// <summary>One JSON style for every verb: camelCase, Vietnamese letters written as they are, nulls omitted.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes <paramref name="value"/> on one line.</summary>
    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
