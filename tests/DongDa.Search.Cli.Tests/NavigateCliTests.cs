using System.Text.Json;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DongDa.Search.Cli.Tests;

/// <summary>The related, place and search --format csv verbs over a small index written by the test.</summary>
public sealed class NavigateCliTests : IDisposable
{
    private const string FloodBody = "Mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu, nước tràn vào nhà dân ở phường Trung Liệt. "
        + "Công ty thoát nước đã huy động máy bơm, công nhân túc trực tại các điểm úng ngập.";

    private static readonly Article[] Articles =
    [
        new() { Id = "flood", Title = "Mưa lớn gây ngập úng", Body = FloodBody, Category = "Xã hội", Date = new DateOnly(2020, 6, 1), Url = "https://example.vn/flood" },
        new() { Id = "flood-copy", Title = "Phố ngập sau mưa", Body = FloodBody, Category = "Xã hội" },
        new() { Id = "flood-2", Title = "Máy bơm, \"rồng hút nước\"", Body = "Công ty thoát nước lắp máy bơm tại điểm úng ngập sau trận mưa lớn.", Category = "Xã hội" },
        new() { Id = "lang", Title = "Phường Láng ra mắt", Body = "UBND phường Láng ra mắt sau khi ngập úng được khắc phục, nước rút." },
        new() { Id = "lang-ha", Title = "Vỉa hè Láng Hạ", Body = "Phường Láng Hạ xử lý lấn chiếm vỉa hè." },
    ];

    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("dongda-navigate").FullName;
    private readonly string _index;

    public NavigateCliTests()
    {
        _index = Path.Combine(_root, "index");
        using var directory = FSDirectory.Open(_index);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.MatchVersion, ArticleAnalysis.CreateIndexAnalyzer()) { Similarity = new BM25Similarity() });
        foreach (var article in Articles)
        {
            writer.AddDocument(ArticleDocuments.ToDocument(article));
        }
        writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
        writer.Commit();
    }

    public void Dispose() => System.IO.Directory.Delete(_root, true);

    [Fact]
    public void Related_Json_HasIdHitsShapedAsSearchHitsAndDuplicates()
    {
        var (code, output, _) = CliRunner.Run("related", "flood", "--index", _index, "--json");
        var (_, searchOutput, _) = CliRunner.Run("search", "ngập", "--index", _index, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        using var search = JsonDocument.Parse(searchOutput);
        Assert.Equal("flood", json.RootElement.GetProperty("id").GetString());
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal(
            search.RootElement.GetProperty("hits")[0].EnumerateObject().Select(p => p.Name),
            hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("flood-2", hit.GetProperty("id").GetString());
        var duplicate = json.RootElement.GetProperty("duplicates")[0];
        Assert.Equal("flood-copy", duplicate.GetProperty("hit").GetProperty("id").GetString());
        Assert.Equal("flood", duplicate.GetProperty("of").GetString());
    }

    [Fact]
    public void Related_Text_ListsHitsAndTheSetAsideCopy()
    {
        var (code, output, _) = CliRunner.Run("related", "flood", "--index", _index, "--size", "1");

        Assert.Equal(0, code);
        Assert.Contains("1. Máy bơm", output, StringComparison.Ordinal);
        Assert.Contains("repeats flood", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", "5", 2)]
    [InlineData("flood", "0", 1)]
    [InlineData("flood", "51", 1)]
    public void Related_BadIdOrSize_ExitCode(string id, string size, int expected)
        => Assert.Equal(expected, CliRunner.Run("related", id, "--index", _index, "--size", size).ExitCode);

    [Fact]
    public void Place_Text_PrintsTheVietnameseNote()
    {
        var (code, output, _) = CliRunner.Run("place", "P. Láng");

        Assert.Equal(0, code);
        Assert.StartsWith("Phường Láng (từ 1/7/2025) gồm phường Láng Thượng", output, StringComparison.Ordinal);
        Assert.Contains("trước đó: Phường Láng Hạ (một phần), 1/7/2025", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Place_Json_HasPlacesWithLinksAndNotes()
    {
        var (code, output, _) = CliRunner.Run("place", "quan Dong Da", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var place = json.RootElement.GetProperty("places")[0];
        Assert.Equal("Quận Đống Đa", place.GetProperty("fullName").GetString());
        Assert.Equal("2025-06-30", place.GetProperty("until").GetString());
        Assert.Contains(place.GetProperty("successors").EnumerateArray(), s => s.GetProperty("fullName").GetString() == "Phường Láng");
        Assert.StartsWith("Quận Đống Đa (đến 30/6/2025)", json.RootElement.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Json_CarriesPlaceNotes()
    {
        var (_, output, _) = CliRunner.Run("search", "phường Láng", "--index", _index, "--json");

        using var json = JsonDocument.Parse(output);
        Assert.StartsWith("Phường Láng (từ 1/7/2025)", json.RootElement.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["lang", "lang-ha"], json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public void Search_Csv_BomHeaderAndEveryHitQuoted()
    {
        var (code, output, error) = CliRunner.Run("search", "ngập", "--index", _index, "--format", "csv", "--size", "1");

        Assert.Equal(0, code);
        var records = output.Split("\r\n");
        Assert.Equal("\uFEFFid,title,date,category,author,url,snippet,title_from_url", records[0]);
        // Every hit, not one page (--size does not apply), then the empty string after the last CRLF.
        Assert.Equal(4 + 1 + 1, records.Length);
        Assert.Contains(records, r => r.StartsWith("flood-2,\"Máy bơm, \"\"rồng hút nước\"\"\",,Xã hội,,,", StringComparison.Ordinal));
        Assert.Contains(records, r => r.StartsWith("flood,Mưa lớn gây ngập úng,2020-06-01,Xã hội,,https://example.vn/flood,", StringComparison.Ordinal));
        Assert.Contains("4 results, 4 written", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_CsvLimit_WritesThatMany()
    {
        var (code, output, _) = CliRunner.Run("search", "ngập", "--index", _index, "--format", "csv", "--limit", "2");

        Assert.Equal(0, code);
        Assert.Equal(1 + 2 + 1, output.Split("\r\n").Length);
    }

    [Theory]
    [InlineData("--format", "text", "--limit", "5")]
    [InlineData("--format", "csv", "--limit", "0")]
    public void Search_LimitMisused_ExitOne(params string[] options)
        => Assert.Equal(1, CliRunner.Run(["search", "ngập", "--index", _index, .. options]).ExitCode);
}
