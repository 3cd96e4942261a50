using System.Text.Json;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DongDa.Search.Cli.Tests;

public sealed class SearchCliTests : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("dongda-cli").FullName;
    private readonly string _index;

    private static readonly Article[] Articles =
    [
        new()
        {
            Id = "a1", Title = "Quận Đống Đa tăng cường công tác dân vận",
            Body = "Quận ủy Đống Đa tổng kết công tác dân vận; UBND quận tiếp nhận đơn thư.",
            Date = new DateOnly(2019, 12, 13), Category = "tin tức khác", Author = "Nguyên Bảo", Url = "https://example.vn/a1",
        },
        new()
        {
            Id = "a2", Title = "Giải bóng đá thiếu niên",
            Body = "Ủy ban nhân dân phường Trung Liệt trao cúp cho đội vô địch.",
            Date = new DateOnly(2021, 4, 20), Category = "Thể thao", Author = "Minh Anh",
        },
    ];

    public SearchCliTests()
    {
        _index = Path.Combine(_root, "index");
        using var directory = FSDirectory.Open(_index);
        using var writer = new IndexWriter(directory, ArticleIndexWriter.CreateConfig(OpenMode.CREATE_OR_APPEND));
        foreach (var article in Articles)
        {
            writer.AddDocument(ArticleDocuments.ToDocument(article));
        }
        writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
        writer.Commit();
    }

    public void Dispose() => System.IO.Directory.Delete(_root, true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Search_Json_HasTotalHitsFacetsAndMarkedSnippet()
    {
        var (code, output, _) = Run("search", "dan van", "--index", _index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("a1", hit.GetProperty("id").GetString());
        Assert.Equal("Quận Đống Đa tăng cường công tác dân vận", hit.GetProperty("title").GetString());
        Assert.Equal("2019-12-13", hit.GetProperty("date").GetString());
        Assert.Equal("tin tức khác", hit.GetProperty("category").GetString());
        Assert.Equal("Nguyên Bảo", hit.GetProperty("author").GetString());
        Assert.Equal("https://example.vn/a1", hit.GetProperty("url").GetString());
        Assert.True(hit.GetProperty("score").GetSingle() > 0);
        Assert.Contains("<mark>dân vận</mark>", hit.GetProperty("snippet").GetString());
        Assert.Equal("2019", root.GetProperty("facets").GetProperty("years")[0].GetProperty("value").GetString());
        Assert.Equal(1, root.GetProperty("facets").GetProperty("categories")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public void Search_AbbreviationAndDateRange_Filters()
    {
        var (code, output, _) = Run("search", "UBND", "--index", _index, "--json", "--from", "2021-01-01", "--to", "2021-12-31");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("a2", json.RootElement.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Search_Text_PrintsTitleAndMarks()
    {
        var (code, output, _) = Run("search", "dân vận", "--index", _index);
        Assert.Equal(0, code);
        Assert.Contains("1 results for dân vận", output);
        Assert.Contains("«dân vận»", output);
    }

    [Fact]
    public void Search_MalformedQuery_WarnsAndSucceeds()
    {
        var (code, _, error) = Run("search", "\"dân vận", "--index", _index);
        Assert.Equal(0, code);
        Assert.Contains("read as plain words", error);
    }

    [Fact]
    public void Search_Topics_WritesTrecRunLines()
    {
        var topics = Path.Combine(_root, "topics.tsv");
        File.WriteAllLines(topics, ["q1\tdân vận", "q2\tbóng đá"]);
        var (code, output, _) = Run("search", "--topics", topics, "--index", _index, "--format", "trec", "--size", "100");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("q1 Q0 a1 1 ", lines[0]);
        Assert.EndsWith(" dongda", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("q2 Q0 a2 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_MissingIndex_ExitTwoWithHint()
    {
        var (code, _, error) = Run("search", "dân", "--index", Path.Combine(_root, "nothing"));
        Assert.Equal(2, code);
        Assert.Contains("run `dongda-search index` first", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--size", "0")]
    [InlineData("--size", "101")]
    [InlineData("--page", "0")]
    [InlineData("--from", "13/12/2019")]
    [InlineData("--sort", "views")]
    public void Search_BadOption_ExitOne(string option, string value)
        => Assert.Equal(1, Run("search", "dân", "--index", _index, option, value).Code);

    [Fact]
    public void Search_IndexBuiltByIndexVerb_FindsSeedArticle()
    {
        var index = Path.Combine(_root, "corpus-index");
        Assert.Equal(0, Run("index", Path.Combine(DongDa.Search.Testing.TestPaths.Corpus, "articles"), "--index", index).Code);
        var (code, output, _) = Run("search", "quan dong da dan van", "--index", index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Quận Đống Đa tăng cường, đổi mới trong công tác dân vận", json.RootElement.GetProperty("hits")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Search_NoQuery_ExitOne() => Assert.Equal(1, Run("search", "--index", _index).Code);

    [Fact]
    public void Show_Json_WholeArticle()
    {
        var (code, output, _) = Run("show", "a2", "--index", _index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Ủy ban nhân dân phường Trung Liệt trao cúp cho đội vô địch.", json.RootElement.GetProperty("body").GetString());
        Assert.Equal("Thể thao", json.RootElement.GetProperty("category").GetString());
        Assert.Equal(2, Run("show", "nope", "--index", _index).Code);
    }

    [Fact]
    public void Stats_Json_CountsAndDateRange()
    {
        var (code, output, _) = Run("stats", "--index", _index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("articleCount").GetInt32());
        Assert.Equal("2019-12-13", json.RootElement.GetProperty("firstDate").GetString());
        Assert.Equal("2021-04-20", json.RootElement.GetProperty("lastDate").GetString());
    }

    [Fact]
    public void Eval_TopicsAndQrels_PrintsMeasuresPerVariant()
    {
        var topics = Path.Combine(_root, "topics.tsv");
        var qrels = Path.Combine(_root, "qrels.txt");
        File.WriteAllLines(topics, ["q1-accented\tdân vận", "q1-plain\tdan van", "q2-accented\tbóng đá"]);
        File.WriteAllLines(qrels, ["q1-accented 0 a1 1", "q1-plain 0 a1 1", "q2-accented 0 a1 1"]);
        var (code, output, _) = Run("eval", "--topics", topics, "--qrels", qrels, "--index", _index, "--by-variant", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("group").GetString()!, r => r.GetProperty("mrr10").GetDouble());
        Assert.Equal(2.0 / 3, rows["all"], 6);
        Assert.Equal(0.5, rows["accented"], 6);
        Assert.Equal(1.0, rows["plain"], 6);
    }

    [Fact]
    public void Eval_BadQrelsLine_ExitTwoNamingLine()
    {
        var qrels = Path.Combine(_root, "bad-qrels.txt");
        File.WriteAllLines(qrels, ["q1 0 a1"]);
        var run = Path.Combine(_root, "run.txt");
        File.WriteAllLines(run, ["q1 Q0 a1 1 1.0 t"]);
        var (code, _, error) = Run("eval", "--run", run, "--qrels", qrels);
        Assert.Equal(2, code);
        Assert.Contains("bad-qrels.txt:1", error);
    }
}
