using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DongDa.Search.Indexer;
using DongDa.Search.Indexer.Sources;
using DongDa.Search.Schema;

namespace DongDa.Search.Bench;

/// <summary>The text of one article exactly as news-dev.jsonl.gz stores it (no normalization): the analyzer benchmark's input.</summary>
internal sealed record RawArticleText
{
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("body")] public string Body { get; init; } = "";

    /// <summary>The whole article text: summary and body.</summary>
    public string SummaryAndBody => Summary is null ? Body : Summary + "\n" + Body;
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

    /// <summary>Summary and body of the first <paramref name="limit"/> articles (all when null), as stored.</summary>
    public static List<RawArticleText> LoadRawTexts(string path, int? limit) =>
        ReadLines(path, limit).Select(l => Parse(path, l.Number, () => JsonSerializer.Deserialize<RawArticleText>(l.Text))).ToList();

    /// <summary>
    /// The first <paramref name="limit"/> articles through the indexer library's own JSON Lines mapping, so the
    /// documents built from them are exactly what <c>dongda-search index</c> writes.
    /// </summary>
    public static List<Article> LoadArticles(string path, int? limit)
    {
        var warnings = new List<string>();
        return ReadLines(path, limit).Select(l => Parse(path, l.Number, () => JsonLineArticle.Parse(l.Text, l.Number, path, warnings))).ToList();
    }

    /// <summary>Copies the first <paramref name="limit"/> articles to <paramref name="destination"/> (gzip), for the end-to-end indexer run.</summary>
    public static void WriteSubset(string path, int limit, string destination)
    {
        using var file = File.Create(destination);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        foreach (var (_, text) in ReadLines(path, limit))
        {
            writer.Write(text);
            writer.Write('\n');
        }
    }

    /// <summary>UTF-8 size of the analyzed text fields (title, summary, body): the "input size" of the indexer benchmark.</summary>
    public static long TextUtf8Bytes(Article article) =>
        Encoding.UTF8.GetByteCount(article.Title) + Encoding.UTF8.GetByteCount(article.Summary ?? "") + Encoding.UTF8.GetByteCount(article.Body);

    /// <summary>
    /// A deterministic sample of <paramref name="count"/> articles with a title: ordered by the SHA-256 of their id, so the
    /// sample is the same on every machine and does not depend on the file order.
    /// </summary>
    public static List<Article> SampleWithTitles(IEnumerable<Article> articles, int count) =>
        articles
            .Where(a => !string.IsNullOrWhiteSpace(a.Title))
            .OrderBy(a => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Id))), StringComparer.Ordinal)
            .Take(count)
            .ToList();

    private static IEnumerable<(int Number, string Text)> ReadLines(string path, int? limit)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var number = 0;
        var count = 0;
        while ((limit is null || count < limit) && reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                count++;
                yield return (number, line);
            }
        }
    }

    private static T Parse<T>(string path, int lineNumber, Func<T?> parse)
    {
        try
        {
            return parse() ?? throw new BenchFailureException($"{path}:{lineNumber}: null article");
        }
        catch (Exception e) when (e is JsonException or ArticleFormatException)
        {
            throw new BenchFailureException($"{path}:{lineNumber}: not an article ({e.Message})");
        }
    }
}

/// <summary>A benchmark cannot go on (bad data, I/O); reported as one line, exit code 2.</summary>
internal sealed class BenchFailureException(string message) : Exception(message);
