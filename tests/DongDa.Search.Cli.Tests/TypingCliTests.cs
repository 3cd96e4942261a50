using System.Text.Json;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DongDa.Search.Cli.Tests;

/// <summary>The <c>restore</c> and <c>suggest</c> verbs, and what <c>search</c> says about a query typed without accents.</summary>
public sealed class TypingCliTests : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("dongda-typing").FullName;
    private readonly string _index;

    public TypingCliTests()
    {
        _index = Path.Combine(_root, "index");
        using var directory = FSDirectory.Open(_index);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.MatchVersion, ArticleAnalysis.CreateIndexAnalyzer()) { Similarity = new BM25Similarity() });
        writer.AddDocument(ArticleDocuments.ToDocument(new Article
        {
            Id = "a1",
            Title = "Công tác dân vận",
            Body = "Quận ủy Đống Đa tổng kết công tác dân vận. Dân vận khéo thì việc gì cũng xong.",
        }));
        writer.AddDocument(ArticleDocuments.ToDocument(new Article { Id = "a2", Title = "Đàn vịt", Body = "Đàn vịt đi trên đê; ông Văn dán giấy." }));
        writer.AddDocument(ArticleDocuments.ToDocument(new Article
        {
            Id = "a3",
            Title = "",
            Url = "https://dantri.com.vn/xa-hoi/cong-tac-dan-van-khoi-pho-20210426113032825.htm",
            Body = "Khối phố làm tốt công tác dân vận.",
        }));
        writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
        writer.Commit();
    }

    public void Dispose() => System.IO.Directory.Delete(_root, true);

    [Fact]
    public void Restore_PrintsTheReading()
    {
        var (code, output, _) = CliRunner.Run("restore", "cong tac dan van", "--index", _index);
        Assert.Equal(0, code);
        Assert.Equal("công tác dân vận", output.Split('\n')[0].TrimEnd());
    }

    [Fact]
    public void Restore_Json_HasInputReadingAlternatives()
    {
        var (code, output, _) = CliRunner.Run("restore", "daan vaanj", "--index", _index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("daan vaanj", json.RootElement.GetProperty("input").GetString());
        Assert.Equal("dân vận", json.RootElement.GetProperty("reading").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("alternatives").ValueKind);
    }

    [Fact]
    public void Restore_Dash_ReadsOneTextPerLineFromStandardInput()
    {
        var saved = Console.In;
        try
        {
            Console.SetIn(new StringReader("dan van\nda6n va65n\n"));
            var (code, output, _) = CliRunner.Run("restore", "-", "--index", _index, "--json");
            Assert.Equal(0, code);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.All(lines, line => Assert.Equal("dân vận", JsonDocument.Parse(line).RootElement.GetProperty("reading").GetString()));
        }
        finally
        {
            Console.SetIn(saved);
        }
    }

    [Fact]
    public void Suggest_Json_ListsCompletions()
    {
        var (code, output, _) = CliRunner.Run("suggest", "cong tac d", "--index", _index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var completions = json.RootElement.GetProperty("completions");
        Assert.Equal("công tác dân vận", completions[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Suggest_SizeOutOfRange_IsAUsageError()
        => Assert.Equal(1, CliRunner.Run("suggest", "d", "--index", _index, "--size", "11").ExitCode);

    [Fact]
    public void Search_UntitledArticle_ShowsTheHeadlineOfItsAddress_SaidSo()
    {
        var (code, output, _) = CliRunner.Run("search", "khối phố", "--index", _index);
        Assert.Equal(0, code);
        Assert.Contains("Công tác dân vận khối phố (title read from its web address)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WithoutAccents_SaysHowItWasRead()
    {
        var (code, output, _) = CliRunner.Run("search", "dan van", "--index", _index);
        Assert.Equal(0, code);
        Assert.Contains("read as dân vận", output, StringComparison.Ordinal);
        var (_, json, _) = CliRunner.Run("search", "dan van", "--index", _index, "--json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal("dân vận", document.RootElement.GetProperty("interpretation").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("suggestion").ValueKind);
    }
}
