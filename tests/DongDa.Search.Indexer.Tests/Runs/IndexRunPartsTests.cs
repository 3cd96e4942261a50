using System.Text;
using DongDa.Search.Encodings;
using DongDa.Search.Indexer.Runs;

namespace DongDa.Search.Indexer.Tests.Runs;

public class IndexRunPartsTests
{
    /// <summary>Three files of 120 lines each; every id (d0..d29) comes back four times per file and in every file.</summary>
    private static string[] WriteDuplicates(TempFolder temp)
    {
        var paths = new List<string>();
        foreach (var file in new[] { "a.jsonl", "b.jsonl", "c.jsonl" })
        {
            var lines = Enumerable.Range(1, 120).Select(line => $"{{\"id\":\"d{(line - 1) % 30}\",\"title\":\"Tin {file} dòng {line}\",\"body\":\"Phường Láng Hạ họp dân lần {line}.\"}}");
            paths.Add(temp.Write("in/" + file, string.Join('\n', lines) + "\n"));
        }
        return [temp.Sub("in")];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Index_DuplicateIds_TheFirstInInputOrderWinsWhateverTheThreads(int threads)
    {
        using var temp = new TempFolder();
        var inputs = WriteDuplicates(temp);

        var report = TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { MaxDegreeOfParallelism = threads }, inputs);

        var articles = TestArticles.Read(temp.Sub("index"));
        Assert.Equal(30, report.Added);
        Assert.Equal(30, articles.Count);
        Assert.All(Enumerable.Range(0, 30), k => Assert.Equal($"Tin a.jsonl dòng {k + 1}", articles[$"d{k}"].Title));
        Assert.Equal(330, report.Warnings.Count);
        Assert.Contains(report.Warnings, w => w.ToString() == $"{Path.Combine(inputs[0], "c.jsonl")}:120: duplicate id 'd29' (first read from {Path.Combine(inputs[0], "a.jsonl")}:30); skipped");
    }

    [Fact]
    public void Index_DuplicateIds_OneAndManyThreadsGiveTheSameReportAndIndex()
    {
        using var temp = new TempFolder();
        var inputs = WriteDuplicates(temp);

        var one = TestArticles.Index(temp.Sub("one"), new ArticleIndexOptions { MaxDegreeOfParallelism = 1 }, inputs);
        var many = TestArticles.Index(temp.Sub("many"), new ArticleIndexOptions { MaxDegreeOfParallelism = 4 }, inputs);

        Assert.Equal((one.Added, one.Updated, one.Unchanged), (many.Added, many.Updated, many.Unchanged));
        Assert.Equal(one.Warnings, many.Warnings);
        Assert.Equal(TestArticles.Read(temp.Sub("one")).OrderBy(p => p.Key, StringComparer.Ordinal), TestArticles.Read(temp.Sub("many")).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Index_DuplicateIdsAgain_NothingChangesOnTheSecondRun()
    {
        using var temp = new TempFolder();
        var inputs = WriteDuplicates(temp);
        TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { MaxDegreeOfParallelism = 4 }, inputs);

        var again = TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { MaxDegreeOfParallelism = 4 }, inputs);

        Assert.Equal((0, 0, 30), (again.Added, again.Updated, again.Unchanged));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8", TextDecoding.Utf8Bom)]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16le", TextDecoding.Utf16LittleEndian)]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16be", TextDecoding.Utf16BigEndian)]
    public void Index_FilesWithAByteOrderMark_JsonLinesAndTextReportTheSameEncoding(byte[] mark, string encoding, string expected)
    {
        using var temp = new TempFolder();
        var text = Encoding.GetEncoding(encoding);
        temp.Write("in/a.jsonl", [.. mark, .. text.GetBytes("{\"id\":\"j\",\"title\":\"Quận Đống Đa\"}\n")]);
        temp.Write("in/b.txt", [.. mark, .. text.GetBytes(TestArticles.Portal("Phường Láng Hạ"))]);

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        Assert.Empty(report.Errors);
        Assert.Equal(2, report.Added);
        Assert.Equal(new Dictionary<string, int> { [expected] = 2 }, report.Encodings);
        Assert.Equal(expected, ByteOrderMark.Sniff(mark, out var length));
        Assert.Equal(mark.Length, length);
    }

    [Fact]
    public void CommitPolicy_CommitsAfterEnoughChangesOrAfterTheIntervalWithChangesPending()
    {
        var time = new ManualTime();
        var policy = new CommitPolicy(new ArticleIndexOptions { CommitEveryArticles = 100, CommitInterval = TimeSpan.FromSeconds(20) }, time);

        Assert.False(policy.IsDue(99));
        Assert.True(policy.IsDue(100));
        policy.Committed(100);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.False(policy.IsDue(100));
        Assert.True(policy.IsDue(101));
        policy.Committed(101);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.False(policy.IsDue(102));
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan span) => _ticks += span.Ticks;
    }
}
