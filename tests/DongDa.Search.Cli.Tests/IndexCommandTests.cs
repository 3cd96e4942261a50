using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DongDa.Search.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "dongda-cli-index-tests-" + Guid.NewGuid().ToString("N"));

    public IndexCommandTests() => System.IO.Directory.CreateDirectory(root);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private string Sub(string relative) => Path.Combine(root, relative);

    private string Write(string relative, string text)
    {
        var full = Sub(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>A portal plain-text article of our own.</summary>
    private static string Article(int n)
        => $"Tin phường\n\nTổ dân phố số {n} họp bàn chỉnh trang ngõ\nNgày đăng 0{1 + (n % 9)}/03/2021 | 09:00  | Lượt xem: {n}\n\n"
           + $"Sáng nay, tổ dân phố số {n} phường Quang Trung họp bàn việc chỉnh trang ngõ xóm và trồng thêm cây xanh.\n\n"
           + "Các hộ dân thống nhất góp công dọn dẹp vào sáng Chủ nhật, đồng thời đề nghị phường lắp thêm đèn chiếu sáng.\n\n"
           + "Thanh Mai";

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static int Count(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    private static int CountIfReadable(string index)
    {
        try
        {
            return System.IO.Directory.Exists(index) ? Count(index) : 0;
        }
        catch (Exception e) when (e is IOException or IndexNotFoundException)
        {
            return 0;
        }
    }

    [Fact]
    public void Index_AllInputsGood_ExitsZeroWithHumanSummary()
    {
        Write("in/a.txt", Article(1));
        Write("in/b.txt", Article(2));

        var (code, output, error) = Run("index", Sub("in"), "--index", Sub("index"));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Matches(@"^added 2, updated 0, unchanged 0, deleted 0, failed 0 \(in \d+\.\d s\)\r?\n$", output);
    }

    [Fact]
    public void Index_FailedInput_ExitsTwoWithPathLineReasonOnStderrAndIndexesTheRest()
    {
        Write("in/a.txt", Article(1));
        Write("in/news.jsonl", "{\"id\":\"j1\",\"title\":\"Một\"}\n{\"id\":\"j2\",\"tit\n");

        var (code, output, error) = Run("index", Sub("in"), "--index", Sub("index"));

        Assert.Equal(2, code);
        Assert.StartsWith("added 2, updated 0, unchanged 0, deleted 0, failed 1", output);
        Assert.StartsWith(Path.Combine(Sub("in"), "news.jsonl") + ":2: malformed JSON", error);
        Assert.Equal(2, Count(Sub("index")));
    }

    [Fact]
    public void Index_Json_LastLineIsTheSummaryObject()
    {
        Write("in/a.txt", Article(1));
        Write("in/empty.txt", "");

        var (code, output, error) = Run("index", Sub("in"), "--index", Sub("index"), "--json");

        Assert.Equal(2, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var summary = JsonDocument.Parse(lines[^1]);
        var json = summary.RootElement;
        Assert.Equal(1, json.GetProperty("added").GetInt32());
        Assert.Equal(0, json.GetProperty("updated").GetInt32());
        Assert.Equal(0, json.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, json.GetProperty("deleted").GetInt32());
        Assert.Equal(1, json.GetProperty("failed").GetInt32());
        var failure = Assert.Single(json.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal(Path.Combine(Sub("in"), "empty.txt"), failure.GetProperty("path").GetString());
        Assert.Equal("empty file", failure.GetProperty("reason").GetString());
        Assert.Equal(1, json.GetProperty("encodings").GetProperty("utf-8").GetInt32());
    }

    [Fact]
    public void Index_Merge_LeavesOneSegmentWithEveryArticle()
    {
        Write("in/a.txt", Article(1));
        Run("index", Sub("in"), "--index", Sub("index"));
        Write("in/b.txt", Article(2));
        Run("index", Sub("in"), "--index", Sub("index"), "--json");
        Write("in/c.txt", Article(3));

        var (code, output, _) = Run("index", Sub("in"), "--index", Sub("index"), "--merge", "--json");

        Assert.Equal(0, code);
        using var summary = JsonDocument.Parse(output.Trim());
        Assert.Equal(1, summary.RootElement.GetProperty("segments").GetInt32());
        Assert.Equal(3, summary.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(3, Count(Sub("index")));
    }

    [Fact]
    public void Index_WithoutMerge_KeepsASegmentPerRun()
    {
        Write("in/a.txt", Article(1));
        Run("index", Sub("in"), "--index", Sub("index"));
        Write("in/b.txt", Article(2));

        var (_, output, _) = Run("index", Sub("in"), "--index", Sub("index"), "--json");

        using var summary = JsonDocument.Parse(output.Trim());
        Assert.Equal(2, summary.RootElement.GetProperty("segments").GetInt32());
    }

    [Fact]
    public void Index_JsonErrorOnALine_CarriesTheLineNumber()
    {
        Write("in/news.jsonl", "{\"id\":\"j1\",\"title\":\"Một\"}\n\n[1,2]\n");

        var (_, output, _) = Run("index", Sub("in"), "--index", Sub("index"), "--json");

        using var summary = JsonDocument.Parse(output.Trim());
        Assert.Equal(3, summary.RootElement.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Index_SecondRunWithPrune_ReportsUnchangedAndDeleted()
    {
        Write("in/a.txt", Article(1));
        var gone = Write("in/b.txt", Article(2));
        Run("index", Sub("in"), "--index", Sub("index"));
        File.Delete(gone);

        var (code, output, _) = Run("index", Sub("in"), "--index", Sub("index"), "--prune");

        Assert.Equal(0, code);
        Assert.StartsWith("added 0, updated 0, unchanged 1, deleted 1, failed 0", output);
    }

    [Theory]
    [InlineData("index", "in")]
    [InlineData("index", "--index", "ix")]
    [InlineData("index", "in", "--index", "ix", "--encoding", "klingon-8")]
    [InlineData("index", "in", "--index", "ix", "--commit-every", "0")]
    public void Index_UsageError_ExitsOne(params string[] args)
    {
        Write("in/a.txt", Article(1));
        var (code, _, error) = Run(args.Select(a => a is "in" or "ix" ? Sub(a) : a).ToArray());

        Assert.Equal(1, code);
        Assert.NotEqual("", error);
    }

    [Fact]
    public void Index_IncompatibleIndex_ExitsTwoSayingRebuild()
    {
        Write("in/a.txt", Article(1));
        using (var directory = FSDirectory.Open(Sub("index")))
        using (var writer = new IndexWriter(directory, ArticleIndexWriter.CreateConfig(OpenMode.CREATE_OR_APPEND)))
        {
            writer.Commit();
        }

        var (code, _, error) = Run("index", Sub("in"), "--index", Sub("index"));

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
        Assert.Contains("rebuild", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Index_KilledMidRun_LeavesAReadableIndexAndTheRerunCompletesIt()
    {
        const int total = 2000;
        for (var n = 0; n < total; n++)
        {
            Write($"in/{n / 500:00}/{n:0000}.txt", Article(n));
        }
        var cli = Path.Combine(AppContext.BaseDirectory, "dongda-search.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "index", Sub("in"), "--index", Sub("index"), "--commit-every", "100", "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var committed = false;
        var deadline = Stopwatch.StartNew();
        while (!child.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            // Kill as soon as some articles are committed: well before the last one.
            if (CountIfReadable(Sub("index")) > 0)
            {
                committed = true;
                break;
            }
            Thread.Sleep(10);
        }
        Assert.True(committed && !child.HasExited, "the child process ended before its first commit could be interrupted");
        child.Kill(entireProcessTree: true);
        child.WaitForExit();

        var afterCrash = Count(Sub("index"));
        Assert.InRange(afterCrash, 1, total - 1);

        var (code, output, _) = Run("index", Sub("in"), "--index", Sub("index"), "--json");

        Assert.Equal(0, code);
        using var summary = JsonDocument.Parse(output.Trim());
        Assert.Equal(total - afterCrash, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(afterCrash, summary.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(total, Count(Sub("index")));
    }
}
