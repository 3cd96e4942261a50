using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DongDa.Search.Bench;

/// <summary>
/// How cost grows with the archive: synthetic archives of the requested sizes, made at run time by recombining the
/// development corpus (each synthetic article takes the shape of a real one, its title, lead and paragraphs drawn from
/// the whole corpus with a fixed seed), each indexed end to end by <see cref="ArticleIndexer"/>, merged to one segment
/// and searched; beside it, plain Lucene.Net (<see cref="PlainLucene"/>) indexes the same articles, merges them and
/// answers the same queries in the same loop. Nothing is kept unless asked: archives and indexes live in a temporary folder that is deleted afterwards;
/// with a keep folder each size's merged index stays there and a later run searches it again without rebuilding it.
/// </summary>
internal static class ScaleBench
{
    private const int Seed = 20261130;
    private const int TopHits = 10;
    private const int WarmUpQueries = 100;

    /// <summary>Marks a kept index as merged and complete; holds the bytes of text it was built from.</summary>
    private const string KeptMarker = "scale-complete.txt";

    /// <summary>Marks a kept plain Lucene.Net index as merged and complete.</summary>
    private const string PlainKeptMarker = "plain-complete.txt";

    public static BenchTable Run(List<Article> corpus, IReadOnlyList<int> sizes, int threads, int topicCount, string workDirectory, string? keepDirectory, TextWriter log)
    {
        var pools = new Pools(corpus);
        // Real headlines as queries, whole and cut to 3 words; the synthetic articles reuse them, so they find something.
        var topics = Corpus.SampleWithTitles(corpus, topicCount).Select(a => a.Title).ToList();
        corpus.Clear();
        corpus.TrimExcess();

        var table = new BenchTable("scale", $"Scale curve (synthetic archives recombined from the dev corpus, {threads} indexing threads, one segment when searched)",
        [
            new("articles", "articles", "N0"),
            new("textMB", "text MB", "F0"),
            new("indexWallS", "index wall s", "F1"),
            new("indexCpuS", "index CPU s", "F1"),
            new("articlesPerS", "articles/s", "F0"),
            new("mergeWallS", "merge wall s", "F1"),
            new("indexMB", "index MB", "F0"),
            new("indexPerText", "index/text", "F2"),
            new("searcherMB", "searcher heap MB", "F1"),
            new("rankP50Ms", "ranking p50 ms", "F2"),
            new("rankP99Ms", "ranking p99 ms", "F2"),
            new("portalP50Ms", "snippets+counts p50 ms", "F2"),
            new("portalP99Ms", "snippets+counts p99 ms", "F2"),
            new("rankCpuP99Ms", "ranking CPU p99 ms", "F2"),
            new("portalCpuP99Ms", "snippets+counts CPU p99 ms", "F2"),
            new("plainIndexWallS", "plain index wall s", "F1"),
            new("plainIndexCpuS", "plain index CPU s", "F1"),
            new("plainPerOursIndexCpu", "plain/ours index CPU", "F2"),
            new("plainIndexMB", "plain index MB", "F0"),
            new("plainP50Ms", "plain p50 ms", "F2"),
            new("plainP99Ms", "plain p99 ms", "F2"),
            new("plainCpuP99Ms", "plain CPU p99 ms", "F2"),
            new("plainPerOursP99", "plain/ours ranking p99", "F2"),
        ]);
        foreach (var size in sizes)
        {
            var folder = Path.Combine(keepDirectory ?? workDirectory, "scale-" + size.ToString(CultureInfo.InvariantCulture));
            System.IO.Directory.CreateDirectory(folder);
            try
            {
                MeasureSize(table, pools, size, topics, threads, folder, log);
            }
            finally
            {
                if (keepDirectory is null)
                {
                    System.IO.Directory.Delete(folder, recursive: true);
                }
            }
        }
        table.Notes.Add($"synthetic article i: the shape (paragraph count, lead or not) of a random real article, its title, lead, paragraphs, "
            + $"category and author drawn from the {pools.Paragraphs.Length:N0} paragraphs and {pools.Titles.Length:N0} titles of the dev corpus, "
            + $"a date in 2005-2026; System.Random seed {Seed}, so every run makes the same archives");
        table.Notes.Add("index: `ArticleIndexer` from a .jsonl.gz file (gzip, JSON, fingerprints, periodic commits), defaults but the thread count; "
            + "merge: ForceMerge(1) afterwards, as `index --merge` does");
        table.Notes.Add("searcher heap: managed heap growth from opening ArticleSearcher and running the warm-up queries (doc values, term index, phrases kept)");
        table.Notes.Add($"queries: {topics.Count} real headlines whole and cut to their first 3 words, after {WarmUpQueries} warm-up queries (other headlines cut to 5 words), top {TopHits}; "
            + "ranking only = no snippets, no counts, no stored fields; snippets+counts = what the portal asks (stored fields, snippets, counts by year and category); each on its own searcher");
        table.Notes.Add("plain: the same synthetic articles made again in memory (no gzip or JSON reading, no fingerprints), our documents without "
            + "the fields of our own design (pairs, names, triples), StandardAnalyzer, the same writer settings and threads, merged to one segment; searched with the classic multi-field "
            + "QueryParser and BM25, top 10 with the stored documents loaded, in the same loop as ours; plain/ours > 1 means ours is faster");
        table.Notes.Add("wall times are per query on a shared machine (the load average is in the environment line); CPU p99 counts only the searching thread");
        if (keepDirectory is not null)
        {
            table.Notes.Add($"indexes kept in {keepDirectory}; a size whose index was already there was searched again, not rebuilt (its index and merge columns are empty)");
        }
        table.Notes.Add("targets at 1M articles, one segment: ranking p99 < 20 ms, with snippets and counts p99 < 50 ms");
        return table;
    }

    private static void MeasureSize(BenchTable table, Pools pools, int size, List<string> topics, int threads, string folder, TextWriter log)
    {
        var indexPath = Path.Combine(folder, "index");
        var marker = Path.Combine(folder, KeptMarker);
        long textBytes;
        double? indexSeconds = null, indexCpu = null, mergeSeconds = null;
        if (File.Exists(marker))
        {
            textBytes = long.Parse(File.ReadAllText(marker).Trim(), CultureInfo.InvariantCulture);
            log.WriteLine($"scale {size:N0}: searching the index kept in {indexPath}");
        }
        else
        {
            (textBytes, indexSeconds, indexCpu, mergeSeconds) = Build(pools, size, threads, folder, indexPath, log);
            File.WriteAllText(marker, textBytes.ToString(CultureInfo.InvariantCulture));
        }
        var indexBytes = new DirectoryInfo(indexPath).EnumerateFiles().Sum(f => f.Length);
        var plainPath = Path.Combine(folder, "plain-index");
        double? plainSeconds = null, plainCpu = null;
        if (File.Exists(Path.Combine(folder, PlainKeptMarker)))
        {
            log.WriteLine($"scale {size:N0}: searching the plain index kept in {plainPath}");
        }
        else
        {
            (plainSeconds, plainCpu) = BuildPlain(pools, size, threads, folder, plainPath, log);
        }
        var plainBytes = new DirectoryInfo(plainPath).EnumerateFiles().Sum(f => f.Length);

        var rankingOnly = new SearchRequest { PageSize = TopHits, IncludeSnippets = false, IncludeFacets = false, IncludeDetails = false };
        var portal = new SearchRequest { PageSize = TopHits };
        var queries = topics.Concat(topics.Select(t => FirstWords(t, 3))).ToList();
        // Warmed up with queries that are not timed (headlines cut to 5 words), and each kind of request on its own
        // searcher: a searcher keeps what recurs across queries (phrases found), and a timed query must not find its
        // own work kept by its warm-up or by the other kind of request.
        var warmUp = topics.Where(t => WordCount(t) > 5).Select(t => FirstWords(t, 5)).Take(WarmUpQueries).ToList();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var portalSearcher = ArticleSearcher.Open(indexPath);
        warmUp.ForEach(query => portalSearcher.Search(portal with { Query = query }));
        var searcherHeap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        using var rankingSearcher = ArticleSearcher.Open(indexPath);
        warmUp.ForEach(query => rankingSearcher.Search(rankingOnly with { Query = query }));
        var (ranking, rankingCpu) = (new List<double>(queries.Count), new List<double>(queries.Count));
        var (withSnippets, withSnippetsCpu) = (new List<double>(queries.Count), new List<double>(queries.Count));
        using var plainSearcher = new PlainLucene.Searcher(plainPath);
        warmUp.ForEach(query => plainSearcher.Search(query, TopHits));
        var (plain, plainQueryCpu) = (new List<double>(queries.Count), new List<double>(queries.Count));
        foreach (var query in queries)
        {
            // Alternating, so other load on the machine hits all alike.
            Time(() => rankingSearcher.Search(rankingOnly with { Query = query }), ranking, rankingCpu);
            Time(() => portalSearcher.Search(portal with { Query = query }), withSnippets, withSnippetsCpu);
            Time(() => plainSearcher.Search(query, TopHits), plain, plainQueryCpu);
        }
        log.WriteLine($"scale {size:N0}: {queries.Count} queries timed");
        table.AddRow(size, textBytes / 1e6, indexSeconds, indexCpu, size / indexSeconds, mergeSeconds, indexBytes / 1e6, indexBytes / (double)textBytes,
            searcherHeap / 1e6, QueryBench.Percentile(ranking, 0.50), QueryBench.Percentile(ranking, 0.99),
            QueryBench.Percentile(withSnippets, 0.50), QueryBench.Percentile(withSnippets, 0.99),
            QueryBench.Percentile(rankingCpu, 0.99), QueryBench.Percentile(withSnippetsCpu, 0.99),
            plainSeconds, plainCpu, plainCpu / indexCpu, plainBytes / 1e6, QueryBench.Percentile(plain, 0.50), QueryBench.Percentile(plain, 0.99),
            QueryBench.Percentile(plainQueryCpu, 0.99), QueryBench.Percentile(plain, 0.99) / QueryBench.Percentile(ranking, 0.99));
    }

    /// <summary>Writes the archive, indexes it and merges it to one segment; returns its text bytes and the times taken.</summary>
    private static (long TextBytes, double IndexSeconds, double IndexCpu, double MergeSeconds) Build(Pools pools, int size, int threads, string folder, string indexPath, TextWriter log)
    {
        var archive = Path.Combine(folder, "archive.jsonl.gz");
        var clock = Stopwatch.StartNew();
        var textBytes = WriteArchive(pools, size, archive);
        log.WriteLine($"scale {size:N0}: archive written in {clock.Elapsed.TotalSeconds:F1} s ({textBytes / 1e6:F0} MB of text)");

        GC.Collect();
        var cpuStart = CpuClock.ProcessSeconds();
        clock.Restart();
        using (var indexer = ArticleIndexer.Open(indexPath, new ArticleIndexOptions { MaxDegreeOfParallelism = threads }))
        {
            var report = indexer.Index([archive]);
            if (report.Errors.Count > 0)
            {
                throw new BenchFailureException($"scale {size:N0}: {report.Errors.Count} inputs failed, e.g. {report.Errors[0]}");
            }
        }
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var indexCpu = CpuClock.ProcessSeconds() - cpuStart;
        log.WriteLine($"scale {size:N0}: indexed in {indexSeconds:F1} s ({indexCpu:F1} s CPU)");
        File.Delete(archive);

        clock.Restart();
        MergeToOneSegment(indexPath);
        var mergeSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"scale {size:N0}: merged in {mergeSeconds:F1} s");
        return (textBytes, indexSeconds, indexCpu, mergeSeconds);
    }

    /// <summary>
    /// Plain Lucene.Net indexes the same archive (made again in memory) with <paramref name="threads"/> threads and merges it
    /// to one segment; returns the indexing times (the merge is not timed: ours is reported, plain's is not compared).
    /// </summary>
    private static (double Seconds, double Cpu) BuildPlain(Pools pools, int size, int threads, string folder, string plainPath, TextWriter log)
    {
        GC.Collect();
        var cpuStart = CpuClock.ProcessSeconds();
        var clock = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(plainPath))
        using (var analyzer = PlainLucene.CreateAnalyzer())
        using (var writer = new IndexWriter(directory, ArticleIndexWriter.CreateConfig(OpenMode.CREATE, analyzer: analyzer)))
        using (var queue = new BlockingCollection<Article>(boundedCapacity: 1000))
        {
            var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
            {
                foreach (var article in queue.GetConsumingEnumerable())
                {
                    writer.AddDocument(PlainLucene.ToDocument(article));
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            try
            {
                foreach (var article in Synthesize(pools, size))
                {
                    queue.Add(article);
                }
            }
            finally
            {
                queue.CompleteAdding();
                Task.WaitAll(workers);
            }
            writer.Commit();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = CpuClock.ProcessSeconds() - cpuStart;
        log.WriteLine($"scale {size:N0}: plain Lucene.Net indexed in {seconds:F1} s ({cpu:F1} s CPU)");
        var mergeSeconds = QueryBench.MergeToOneSegment(plainPath);
        log.WriteLine($"scale {size:N0}: plain Lucene.Net merged in {mergeSeconds:F1} s");
        File.WriteAllText(Path.Combine(folder, PlainKeptMarker), "");
        return (seconds, cpu);
    }

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Wall and CPU milliseconds of one search (CPU: the searching thread's, which neighbours on the cores do not inflate; Linux only).</summary>
    private static void Time(Action search, List<double> wall, List<double> cpu)
    {
        var cpuStart = CpuClock.ThreadSeconds();
        var clock = Stopwatch.StartNew();
        search();
        wall.Add(clock.Elapsed.TotalMilliseconds);
        if (CpuClock.ThreadSeconds() - cpuStart is { } seconds)
        {
            cpu.Add(seconds * 1000);
        }
    }

    /// <summary>Writes <paramref name="count"/> synthetic articles as JSON Lines (gzip); returns the UTF-8 bytes of their title, lead and body.</summary>
    private static long WriteArchive(Pools pools, int count, string path)
    {
        long textBytes = 0;
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var json = new Utf8JsonWriter(gzip, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var article in Synthesize(pools, count))
        {
            textBytes += Encoding.UTF8.GetByteCount(article.Title) + Encoding.UTF8.GetByteCount(article.Summary ?? "") + Encoding.UTF8.GetByteCount(article.Body);
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("title", article.Title);
            json.WriteString("date", article.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("category", article.Category);
            json.WriteString("author", article.Author);
            if (article.Summary is not null)
            {
                json.WriteString("summary", article.Summary);
            }
            json.WriteString("body", article.Body);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            gzip.WriteByte((byte)'\n');
        }
        return textBytes;
    }

    /// <summary>The synthetic archive of <paramref name="count"/> articles: the same articles on every call (a fixed seed).</summary>
    private static IEnumerable<Article> Synthesize(Pools pools, int count)
    {
        var random = new Random(Seed);
        var first = new DateOnly(2005, 1, 1).DayNumber;
        var days = new DateOnly(2026, 11, 1).DayNumber - first;
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var shape = pools.Shapes[random.Next(pools.Shapes.Length)];
            var title = pools.Titles[random.Next(pools.Titles.Length)];
            var summary = shape.HasSummary ? pools.Summaries[random.Next(pools.Summaries.Length)] : null;
            body.Clear();
            for (var p = 0; p < shape.Paragraphs; p++)
            {
                body.Append(p == 0 ? "" : "\n").Append(pools.Paragraphs[random.Next(pools.Paragraphs.Length)]);
            }
            // Drawn in this order (date, category, author after the text) so the archives stay those of earlier runs.
            yield return new Article
            {
                Id = "s" + i.ToString("D7", CultureInfo.InvariantCulture),
                Title = title,
                Summary = summary,
                Body = body.ToString(),
                Date = DateOnly.FromDayNumber(first + random.Next(days)),
                Category = pools.Categories[random.Next(pools.Categories.Length)],
                Author = pools.Authors[random.Next(pools.Authors.Length)],
            };
        }
    }

    private static void MergeToOneSegment(string path)
    {
        using var directory = FSDirectory.Open(path);
        var infos = new SegmentInfos();
        infos.Read(directory);
        using var writer = new IndexWriter(directory, ArticleIndexWriter.CreateConfig(OpenMode.APPEND));
        writer.ForceMerge(1);
        writer.SetCommitData(infos.UserData);
        writer.Commit();
    }

    /// <summary>What synthetic articles are made of: the dev corpus cut into parts.</summary>
    private sealed class Pools
    {
        public Pools(List<Article> corpus)
        {
            Titles = [.. corpus.Select(a => a.Title).Where(t => t.Length > 0)];
            Summaries = [.. corpus.Select(a => a.Summary).OfType<string>().Where(s => s.Length > 0)];
            Paragraphs = [.. corpus.SelectMany(a => a.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries))];
            Shapes = [.. corpus.Select(a => (Math.Max(1, a.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length), !string.IsNullOrEmpty(a.Summary) && Summaries.Length > 0))];
            Categories = [.. corpus.Select(a => a.Category).OfType<string>().Where(c => c.Length > 0).DefaultIfEmpty("Tin tức")];
            Authors = [.. corpus.Select(a => a.Author).OfType<string>().Where(c => c.Length > 0).DefaultIfEmpty("Phóng viên")];
            if (Titles.Length == 0 || Paragraphs.Length == 0)
            {
                throw new BenchFailureException("the corpus has no titles or no body text to recombine");
            }
        }

        public string[] Titles { get; }

        public string[] Summaries { get; }

        public string[] Paragraphs { get; }

        public (int Paragraphs, bool HasSummary)[] Shapes { get; }

        /// <summary>Categories and authors with their real frequencies (one entry per article), so counts look like an archive's.</summary>
        public string[] Categories { get; }

        public string[] Authors { get; }
    }
}
