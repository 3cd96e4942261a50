using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;

namespace DongDa.Search.Eval;

/// <summary>The development corpus (../shared/data/news-dev.jsonl.gz) read into articles.</summary>
internal static class DevCorpus
{
    private sealed record JsonArticle(string Id, string? Source, string? Url, string? Title, string? Date, string? Author, string? Category, string? Summary, string? Body);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Every article of <paramref name="path"/>, in file order.</summary>
    public static List<Article> Read(string path)
    {
        var articles = new List<Article>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var json = JsonSerializer.Deserialize<JsonArticle>(line, JsonOptions)
                ?? throw new InvalidDataException($"{path}:{number}: not an article");
            articles.Add(new Article
            {
                Id = json.Id,
                Title = json.Title ?? "",
                Summary = json.Summary,
                Body = json.Body ?? "",
                Date = DateOnly.TryParseExact(json.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                Author = json.Author,
                Category = json.Category,
                Url = json.Url,
                Source = json.Source,
            });
        }
        return articles;
    }

    /// <summary>
    /// A deterministic sample of <paramref name="count"/> articles with a headline of at least three words that no other
    /// article shares (compared folded), ordered by the SHA-256 of their id.
    /// </summary>
    public static List<Article> KnownItemSample(IReadOnlyList<Article> articles, int count)
    {
        var titleCounts = articles
            .Where(a => a.Title.Length > 0)
            .GroupBy(a => VietnameseText.Fold(a.Title))
            .ToDictionary(g => g.Key, g => g.Count());
        return [.. articles
            .Where(a => a.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && titleCounts[VietnameseText.Fold(a.Title)] == 1)
            .OrderBy(a => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Id))), StringComparer.Ordinal)
            .Take(count)];
    }
}
