using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using DongDa.Search.Indexer.Sources;
using DongDa.Search.Schema;

namespace DongDa.Search.Eval;

/// <summary>The development corpus (../shared/data/news-dev.jsonl.gz) read into articles.</summary>
internal static class DevCorpus
{
    /// <summary>
    /// Every article of <paramref name="path"/>, in file order, mapped by the indexer's own JSON Lines reader so the
    /// evaluation indexes exactly what <c>dongda-search index</c> would.
    /// </summary>
    public static List<Article> Read(string path)
    {
        var articles = new List<Article>();
        var warnings = new List<string>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            try
            {
                articles.Add(JsonLineArticle.Parse(line, number, path, warnings));
            }
            catch (ArticleFormatException e)
            {
                throw new InvalidDataException($"{path}:{number}: {e.Message}", e);
            }
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
