using System.Diagnostics;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DongDa.Search.Bench;

/// <summary>An index one contender built, kept on disk for the query benchmark.</summary>
internal sealed record BuiltIndex(string Name, string Path, double Seconds, double CpuSeconds, long Bytes, int Segments);

/// <summary>The indexer benchmark's table and the indexes the query benchmark searches.</summary>
internal sealed record IndexerResult(BenchTable Table, BuiltIndex Ours, BuiltIndex Plain);

/// <summary>
/// Whole-corpus indexing into temporary FSDirectories. The comparison: the indexer library's documents
/// (<see cref="ArticleDocuments"/>) analyzed by its analyzer (<see cref="ArticleAnalysis"/>) versus the same documents
/// analyzed by StandardAnalyzer, with the same IndexWriterConfig and the same threads adding documents to one
/// IndexWriter, articles preloaded. A third run times <see cref="ArticleIndexer"/> end to end, reading the .jsonl.gz.
/// </summary>
internal static class IndexerBench
{
    private const double TargetVsPlain = 0.5;
    // The indexer library's default RAM buffer, used by every run.
    private const double RamBufferMegabytes = ArticleIndexWriter.DefaultRamBufferMB;

    public static IndexerResult Run(string dataPath, int? limit, IReadOnlyList<Article> articles, int threads, bool breakdown, string workDirectory, TextWriter log)
    {
        Analyzer ours = ArticleAnalysis.CreateIndexAnalyzer(), plain = PlainLucene.CreateAnalyzer();
        // Warm-up in memory so the timed runs do not pay for JIT compilation.
        var warmUp = articles.Take(1000).ToList();
        WriteIndex(new RAMDirectory(), ours, warmUp, threads, article => ArticleDocuments.ToDocument(article));
        WriteIndex(new RAMDirectory(), plain, warmUp, threads, PlainLucene.ToDocument);

        var plainIndex = BuildPlain(articles, threads, workDirectory, log, plain);
        var oursIndex = Measure("DongDa: ArticleDocuments, VietnameseAnalyzer", Path.Combine(workDirectory, "ours"), log,
            path => WriteIndex(FSDirectory.Open(path), ours, articles, threads, article => ArticleDocuments.ToDocument(article)));
        var endToEnd = BuildEndToEnd(dataPath, limit, articles.Count, threads, workDirectory, log);
        // Where our indexing time goes: the same documents with the fields of our own design left out, one group at a time.
        var parts = breakdown
            ? new[]
            {
                Measure("  breakdown: ours without the names", Path.Combine(workDirectory, "ours-no-names"), log,
                    path => WriteIndex(FSDirectory.Open(path), ours, articles, threads, article => Without(article, ArticleFields.Names))),
                Measure("  breakdown: ours without the syllable pairs and names", Path.Combine(workDirectory, "ours-no-pairs"), log,
                    path => WriteIndex(FSDirectory.Open(path), ours, articles, threads, article => Without(article, ArticleFields.Pairs, ArticleFields.Names))),
                Measure("  breakdown: ours without pairs, names and triples", Path.Combine(workDirectory, "ours-no-pairs-triples"), log,
                    path => WriteIndex(FSDirectory.Open(path), ours, articles, threads, article => Without(article, ArticleFields.Pairs, ArticleFields.Names, ArticleFields.Triples))),
            }
            : [];

        var inputBytes = articles.Sum(Corpus.TextUtf8Bytes);
        var table = new BenchTable("indexer", $"Indexing throughput ({threads} threads, one IndexWriter, FSDirectory)",
        [
            new("indexer", "indexer"),
            new("seconds", "wall s", "F1"),
            new("cpuSeconds", "CPU s", "F1"),
            new("articlesPerSecond", "articles/s", "F0"),
            new("mbPerSecond", "MB/s", "F2"),
            new("mbPerCpuSecond", "MB/CPU-s", "F2"),
            new("indexMegabytes", "index MB", "F1"),
            new("indexPerInput", "index/input", "F2"),
            new("segments", "segments"),
            new("thisPerPlainCpu", "this/plain CPU", "F2"),
            new("thisPerPlain", "this/plain wall", "F2"),
        ]);
        foreach (var index in new[] { oursIndex, plainIndex, endToEnd }.Concat(parts))
        {
            table.AddRow(index.Name, index.Seconds, index.CpuSeconds, articles.Count / index.Seconds, inputBytes / 1e6 / index.Seconds,
                inputBytes / 1e6 / index.CpuSeconds, index.Bytes / 1e6, (double)index.Bytes / inputBytes, index.Segments,
                plainIndex.CpuSeconds / index.CpuSeconds, plainIndex.Seconds / index.Seconds);
        }

        var ratio = plainIndex.CpuSeconds / oursIndex.CpuSeconds;
        table.Notes.Add($"input: {articles.Count:N0} articles, {inputBytes / 1e6:F1} MB UTF-8 of title+summary+body (MB/s counts these bytes); "
            + $"RAM buffer {RamBufferMegabytes} MB; the time includes the final commit; no forced merge; one run each");
        table.Notes.Add("articles/s and MB/s are per wall second; CPU s is the CPU time of all threads (indexing, merges, GC), "
            + "the steadier measure when other jobs share the cores");
        table.Notes.Add("first two rows: articles preloaded, the same documents (ArticleDocuments.ToDocument, as `dongda-search index` writes "
            + "them: text fields stored, metadata as terms and doc values), only the analyzer differs (and plain has no pairs, names or triples fields)");
        table.Notes.Add($"ours/plain = {ratio:F2} by CPU time, {plainIndex.Seconds / oursIndex.Seconds:F2} by wall time (target >= {TargetVsPlain}): "
            + (ratio >= TargetVsPlain ? "met" : "MISSED"));
        table.Notes.Add("end to end adds gzip and JSON reading, fingerprints and periodic commits (ArticleIndexer defaults, same threads and RAM buffer)");
        if (breakdown)
        {
            table.Notes.Add("breakdown rows: our documents and analyzer with the names, then the syllable pairs too, then the triples too left out: what those fields cost");
        }
        table.Notes.Add("index/input: bytes on disk over the UTF-8 text bytes; ours holds exact and folded keys with positions and the syllable pairs");
        return new IndexerResult(table, endToEnd, plainIndex);
    }

    /// <summary>Only the two indexes the query benchmark searches (ours end to end, plain), when the indexer table is not wanted.</summary>
    public static (BuiltIndex Ours, BuiltIndex Plain) BuildForQuery(string dataPath, int? limit, IReadOnlyList<Article> articles, int threads, string workDirectory, TextWriter log) =>
        (BuildEndToEnd(dataPath, limit, articles.Count, threads, workDirectory, log),
         BuildPlain(articles, threads, workDirectory, log, PlainLucene.CreateAnalyzer()));

    private static BuiltIndex BuildPlain(IReadOnlyList<Article> articles, int threads, string workDirectory, TextWriter log, Analyzer plain) =>
        Measure("plain Lucene.Net: same documents, StandardAnalyzer", Path.Combine(workDirectory, "plain"), log,
            path => WriteIndex(FSDirectory.Open(path), plain, articles, threads, PlainLucene.ToDocument));

    private static BuiltIndex BuildEndToEnd(string dataPath, int? limit, int expected, int threads, string workDirectory, TextWriter log)
    {
        var input = dataPath;
        if (limit is { } count)
        {
            // The query bench comes here first, before any index has made the work folder.
            System.IO.Directory.CreateDirectory(workDirectory);
            input = Path.Combine(workDirectory, "subset.jsonl.gz");
            Corpus.WriteSubset(dataPath, count, input);
        }
        return Measure("DongDa ArticleIndexer end to end (reads .jsonl.gz)", Path.Combine(workDirectory, "ours-end-to-end"), log,
            path => IndexEndToEnd(path, input, expected, threads));
    }

    private static BuiltIndex Measure(string name, string path, TextWriter log, Action<string> build)
    {
        GC.Collect();
        var cpuStart = CpuClock.ProcessSeconds();
        var clock = Stopwatch.StartNew();
        build(path);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = CpuClock.ProcessSeconds() - cpuStart;
        var bytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
        var segments = new SegmentInfos();
        using (var directory = FSDirectory.Open(path))
        {
            segments.Read(directory);
        }
        log.WriteLine($"indexer: {name}: {seconds:F1} s ({cpuSeconds:F1} s CPU), {bytes / 1e6:F1} MB on disk, {segments.Count} segments");
        return new BuiltIndex(name, path, seconds, cpuSeconds, bytes, segments.Count);
    }

    private static Document Without(Article article, params string[] fields)
    {
        var document = ArticleDocuments.ToDocument(article);
        Array.ForEach(fields, document.RemoveFields);
        return document;
    }

    private static void WriteIndex(Lucene.Net.Store.Directory directory, Analyzer analyzer, IReadOnlyList<Article> articles, int threads, Func<Article, Document> toDocument)
    {
        using (directory)
        {
            var config = ArticleIndexWriter.CreateConfig(OpenMode.CREATE, RamBufferMegabytes, analyzer);
            using var writer = new IndexWriter(directory, config);
            var next = -1;
            var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < articles.Count)
                {
                    writer.AddDocument(toDocument(articles[i]));
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            Task.WaitAll(workers);
            writer.Commit();
        }
    }

    private static void IndexEndToEnd(string indexPath, string input, int expected, int threads)
    {
        using var indexer = ArticleIndexer.Open(indexPath, new ArticleIndexOptions { RamBufferMB = RamBufferMegabytes, MaxDegreeOfParallelism = threads });
        var report = indexer.Index([input]);
        if (report.Added != expected || report.Failed > 0)
        {
            throw new BenchFailureException($"ArticleIndexer added {report.Added} of {expected} articles"
                + (report.Failed > 0 ? $"; first error: {report.Errors[0]}" : ""));
        }
    }
}
