using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DongDa.Search.Bench;

/// <summary>One article of news-dev.jsonl.gz, as the benchmarks need it.</summary>
internal sealed record CorpusArticle
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("author")] public string? Author { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("body")] public string Body { get; init; } = "";

    /// <summary>The whole article text: summary and body, as the analyzer benchmark feeds it.</summary>
    public string SummaryAndBody => Summary is null ? Body : Summary + "\n" + Body;

    /// <summary>UTF-8 size of the analyzed text fields (title, summary, body): the "input size" of the indexer benchmark.</summary>
    public long TextUtf8Bytes =>
        Encoding.UTF8.GetByteCount(Title ?? "") + Encoding.UTF8.GetByteCount(Summary ?? "") + Encoding.UTF8.GetByteCount(Body);
}

/// <summary>Finds and reads the development corpus (JSON Lines, gzip) into memory.</summary>
internal static class Corpus
{
    private const string DefaultRelativePath = "shared/data/news-dev.jsonl.gz";

    /// <summary>
    /// ../shared/data/news-dev.jsonl.gz relative to the repository root (the folder holding DongDa.Search.sln), searched
    /// upwards from the working directory and then from the executable, so `dotnet run` works from anywhere in the tree.
    /// Folders further up are tried too, so a git worktree nested deeper than the main checkout finds the same data.
    /// </summary>
    public static string DefaultPath()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var root = new DirectoryInfo(start);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "DongDa.Search.sln")))
            {
                root = root.Parent;
            }
            for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(Path.Combine("..", DefaultRelativePath));
    }

    /// <summary>Reads the first <paramref name="limit"/> articles (all when null).</summary>
    public static List<CorpusArticle> Load(string path, int? limit)
    {
        var articles = new List<CorpusArticle>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lineNumber = 0;
        while ((limit is null || articles.Count < limit) && reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                articles.Add(JsonSerializer.Deserialize<CorpusArticle>(line)
                    ?? throw new BenchFailureException($"{path}:{lineNumber}: null article"));
            }
            catch (JsonException e)
            {
                throw new BenchFailureException($"{path}:{lineNumber}: not a JSON article ({e.Message})");
            }
        }

        return articles;
    }

    /// <summary>
    /// A deterministic sample of <paramref name="count"/> articles with a title: ordered by the SHA-256 of their id, so the
    /// sample is the same on every machine and does not depend on the file order.
    /// </summary>
    public static List<CorpusArticle> SampleWithTitles(IEnumerable<CorpusArticle> articles, int count) =>
        articles
            .Where(a => !string.IsNullOrWhiteSpace(a.Title))
            .OrderBy(a => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Id))), StringComparer.Ordinal)
            .Take(count)
            .ToList();
}

/// <summary>A benchmark cannot go on (bad data, I/O); reported as one line, exit code 2.</summary>
internal sealed class BenchFailureException(string message) : Exception(message);
