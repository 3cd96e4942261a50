using System.Diagnostics;
using DongDa.Search.Analyzers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DongDa.Search.Bench;

/// <summary>An index one contender built, kept on disk for the query benchmark.</summary>
internal sealed record BuiltIndex(string Name, string Path, double Seconds, long Bytes);

/// <summary>
/// Whole-corpus indexing into a temporary FSDirectory: our analyzer versus StandardAnalyzer, the same documents, the
/// same IndexWriterConfig, the same number of threads adding documents to one IndexWriter.
/// </summary>
internal static class IndexerBench
{
    private const double TargetVsPlain = 0.5;
    private const double RamBufferMegabytes = 64;

    public const string OursName = "DongDa (VietnameseAnalyzer)";
    public const string PlainName = "plain Lucene.Net (StandardAnalyzer)";

    public static (BuiltIndex Ours, BuiltIndex Plain) BuildBoth(IReadOnlyList<CorpusArticle> articles, int threads, string workDirectory, TextWriter log)
    {
        Analyzer ours = new VietnameseAnalyzer(), plain = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        // Warm-up in memory so the timed runs do not pay for JIT compilation.
        var warmUp = articles.Take(1000).ToList();
        WriteIndex(new RAMDirectory(), ours, warmUp, threads);
        WriteIndex(new RAMDirectory(), plain, warmUp, threads);

        var plainIndex = Build(PlainName, plain, articles, threads, Path.Combine(workDirectory, "plain"), log);
        var oursIndex = Build(OursName, ours, articles, threads, Path.Combine(workDirectory, "ours"), log);
        return (oursIndex, plainIndex);
    }

    public static BenchTable Report(IReadOnlyList<CorpusArticle> articles, int threads, BuiltIndex ours, BuiltIndex plain)
    {
        var inputBytes = articles.Sum(a => a.TextUtf8Bytes);
        var table = new BenchTable("indexer", $"Indexing throughput ({threads} threads, one IndexWriter, FSDirectory)",
        [
            new("indexer", "indexer"),
            new("seconds", "time s", "F1"),
            new("articlesPerSecond", "articles/s", "F0"),
            new("mbPerSecond", "MB/s", "F2"),
            new("indexMegabytes", "index MB", "F1"),
            new("indexPerInput", "index/input", "F2"),
            new("oursPerThis", "ours/this", "F2"),
        ]);
        foreach (var index in new[] { ours, plain })
        {
            table.AddRow(index.Name, index.Seconds, articles.Count / index.Seconds, inputBytes / 1e6 / index.Seconds,
                index.Bytes / 1e6, (double)index.Bytes / inputBytes, index.Seconds / ours.Seconds);
        }

        var ratio = plain.Seconds / ours.Seconds;
        table.Notes.Add($"input: {articles.Count:N0} articles, {inputBytes / 1e6:F1} MB UTF-8 of title+summary+body; "
            + $"RAM buffer {RamBufferMegabytes} MB, BM25, one commit at the end (included in the time), no forced merge");
        table.Notes.Add("same documents for both (id, title with offsets, summary, body stored; date, category, author, url, source, fingerprint); "
            + "the bench builds them with the ArticleFields schema (the indexer library's mapping had not landed)");
        table.Notes.Add($"ours/plain = {ratio:F2} (target >= {TargetVsPlain}): {(ratio >= TargetVsPlain ? "met" : "MISSED")}");
        table.Notes.Add("index/input: bytes on disk over the UTF-8 text bytes; ours holds exact and folded keys, and stores the same text");
        return table;
    }

    private static BuiltIndex Build(string name, Analyzer analyzer, IReadOnlyList<CorpusArticle> articles, int threads, string path, TextWriter log)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        GC.Collect();
        var clock = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(path))
        {
            WriteIndex(directory, analyzer, articles, threads);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
        log.WriteLine($"indexer: {name}: {articles.Count:N0} articles in {seconds:F1} s, {bytes / 1e6:F1} MB on disk");
        return new BuiltIndex(name, path, seconds, bytes);
    }

    private static void WriteIndex(Lucene.Net.Store.Directory directory, Analyzer analyzer, IReadOnlyList<CorpusArticle> articles, int threads)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = RamBufferMegabytes,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        var next = -1;
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < articles.Count)
            {
                writer.AddDocument(BenchDocuments.Create(articles[i]));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        writer.Commit();
    }
}
