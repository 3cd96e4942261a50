using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.WebLoad;

/// <summary>
/// Load and faults of the search service, as a portal would see them. Starts <c>DongDa.Search.Web</c> as its own process
/// on a copy of an index, then N clients (16) replay known-item headlines and the phrase topics against
/// <c>/api/search</c> (snippets and counts on) for a timed window (60 s): requests/s, p50/p99, errors. A third of the
/// way in, an index run adds 1,000 articles and commits; the time until all are found is measured, and failed requests
/// stay counted. The clients go on until 100,000 requests to compare the server's memory after 10,000 and 100,000.
/// </summary>
internal static class Program
{
    private const string NewArticleMarker = "thử tải webload";

    public static async Task<int> Main(string[] args)
    {
        if (args is ["plain-serve", "--index", var servedIndex, "--urls", var urls])
        {
            return await PlainService.Serve(servedIndex, urls);
        }
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: DongDa.Search.WebLoad --index DIR [--data news-dev.jsonl.gz] [--topics-dir DIR] [--clients 16] [--seconds 60] "
                + "[--total-requests 100000] [--rate REQ_PER_S] [--out FILE]\n  DIR: an index of the dev corpus, merged (dongda-search index ../shared/data/news-dev.jsonl.gz --index DIR --merge); it is copied, never changed.\n"
                + "  --rate: the timed window offers that many requests per second in all, on a fixed schedule (latency counted from when each request was due); without it each client sends as soon as its last answer is read.");
            return 1;
        }
        if (!File.Exists(options.Data) || !Directory.Exists(options.Index))
        {
            // Without the corpus or its index there is nothing to measure, which is not an error.
            Console.Error.WriteLine($"nothing to measure: need the corpus ({options.Data}) and its index ({options.Index})");
            return 0;
        }

        var queries = LoadQueries(options);
        Console.Error.WriteLine($"{queries.Count} queries ({queries.Count(q => q.Kind == "headline")} headlines, {queries.Count(q => q.Kind == "phrase")} phrase topics)");
        var work = Path.Combine(Path.GetTempPath(), "dongda-webload-" + Guid.NewGuid().ToString("N"));
        var index = Path.Combine(work, "index");
        CopyFolder(options.Index, index);
        try
        {
            var baseline = InProcessBaseline.Run(index, queries.Take(600).Select(q => Uri.UnescapeDataString(q.Url[(q.Url.IndexOf("?q=", StringComparison.Ordinal) + 3)..])));
            Console.Error.WriteLine($"in-process baseline: p50 {baseline.P50Ms:0.0} ms, p99 {baseline.P99Ms:0.0} ms, {baseline.CpuMsPerQuery:0.00} ms CPU per query");
            Report report;
            using (var server = Server.Start(index, Path.Combine(work, "server.log")))
            {
                Console.Error.WriteLine($"server up in {server.StartSeconds:0.00} s at {server.Url} (pid {server.Pid})");
                report = await RunLoad(options, queries, server, work, index);
            }
            // Plain Lucene.Net under the same clients and queries, on the same articles as ours before its index run.
            var plainIndex = Path.Combine(work, "plain-index");
            PlainService.BuildIndex(options.Index, plainIndex);
            PlainLoad plain;
            using (var plainServer = Server.StartPlain(plainIndex, Path.Combine(work, "plain-server.log")))
            {
                Console.Error.WriteLine($"plain Lucene.Net service up in {plainServer.StartSeconds:0.00} s at {plainServer.Url}");
                plain = await RunPlainLoad(options, queries, plainServer);
            }
            var markdown = (report with { Baseline = baseline, Plain = plain }).ToMarkdown(options);
            Console.WriteLine(markdown);
            if (options.Out is { } outFile)
            {
                File.WriteAllText(outFile, markdown);
            }
            return report.Errors == 0 && report.CommitVisibleSeconds is not null ? 0 : 2;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<Report> RunLoad(Options options, List<Query> queries, Server server, string work, string index)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };

        // Warm-up, not counted: 1,000 requests (or a minute), so the timed window sees the optimized code a long-running
        // service runs, not the first tier of the JIT; also the caches and the connections.
        await Clients(http, queries, options.Clients, TimeSpan.FromSeconds(60), 1000, new Recorder(), null);

        var recorder = new Recorder();
        var memory = new MemorySampler(server, recorder);
        var timed = TimeSpan.FromSeconds(options.Seconds);
        var commit = Task.Run(async () =>
        {
            await Task.Delay(timed / 3);
            return await CommitUnderLoad(http, options, work, index, recorder);
        });
        var cpuBeforeTimed = server.CpuSeconds();
        var logFrom = server.LogMark();
        var start = Stopwatch.GetTimestamp();
        await Clients(http, queries, options.Clients, timed, long.MaxValue, recorder, memory, options.Rate);
        var timedSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var timedSnapshot = recorder.Snapshot();
        var cpuAfterTimed = server.CpuSeconds();
        var serverTimes = server.SearchTimes(logFrom, server.LogMark());
        var (commitSeconds, visibleSeconds, failedDuringCommit, indexingFrom, indexingTo) = await commit;
        var outsideIndexing = recorder.LatenciesOutside(indexingFrom, indexingTo);
        Console.Error.WriteLine(new Report
        {
            Interim = true,
            Queries = queries.Count,
            Clients = options.Clients,
            TimedSeconds = timedSeconds,
            TimedRequests = timedSnapshot.Latencies.Count,
            Errors = recorder.Errors,
            LatenciesMs = [.. timedSnapshot.Latencies],
            LatenciesOutsideIndexingMs = [.. outsideIndexing],
            ServerTimesMs = [.. serverTimes],
            ServerCpuSecondsTimed = cpuAfterTimed - cpuBeforeTimed,
            CommitSeconds = commitSeconds,
            CommitVisibleSeconds = visibleSeconds,
            FailedDuringCommit = failedDuringCommit,
            TotalRequests = recorder.Count,
            StartSeconds = server.StartSeconds,
        }.ToMarkdown(options));

        // The rest of the requests, until the memory comparison has its 100,000.
        var soakStart = Stopwatch.GetTimestamp();
        // Ctrl+C or SIGTERM ends this part early; the report then gives the memory at the last 10,000 reached.
        using var stop = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        await Clients(http, queries, options.Clients, TimeSpan.FromHours(1), options.TotalRequests, recorder, memory, stop: stop.Token);
        var soakSeconds = Stopwatch.GetElapsedTime(soakStart).TotalSeconds;

        return new Report
        {
            Queries = queries.Count,
            Clients = options.Clients,
            TimedSeconds = timedSeconds,
            TimedRequests = timedSnapshot.Latencies.Count,
            Errors = recorder.Errors,
            FirstErrors = recorder.FirstErrors,
            LatenciesMs = timedSnapshot.Latencies,
            LatenciesOutsideIndexingMs = outsideIndexing,
            ServerTimesMs = serverTimes,
            ServerCpuSecondsTimed = cpuAfterTimed - cpuBeforeTimed,
            CommitSeconds = commitSeconds,
            CommitVisibleSeconds = visibleSeconds,
            FailedDuringCommit = failedDuringCommit,
            TotalRequests = recorder.Count,
            SoakSeconds = soakSeconds,
            Memory10k = memory.At10k,
            Memory100k = memory.At100k,
            MemoryLast = memory.Last,
            StartSeconds = server.StartSeconds,
        };
    }

    /// <summary>The timed window alone (after the same warm-up), against the plain Lucene.Net service.</summary>
    private static async Task<PlainLoad> RunPlainLoad(Options options, List<Query> queries, Server server)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
        await Clients(http, queries, options.Clients, TimeSpan.FromSeconds(60), 1000, new Recorder(), null);
        var recorder = new Recorder();
        var cpuBefore = server.CpuSeconds();
        var start = Stopwatch.GetTimestamp();
        await Clients(http, queries, options.Clients, TimeSpan.FromSeconds(options.Seconds), long.MaxValue, recorder, null, options.Rate);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var (latencies, errors) = recorder.Snapshot();
        return new PlainLoad(seconds, latencies, server.CpuSeconds() - cpuBefore, errors, recorder.FirstErrors, server.StartSeconds);
    }

    /// <summary>
    /// <paramref name="clients"/> loops, each sending its next query as soon as the last answer is read (closed loop), or,
    /// with <paramref name="rate"/>, when it is due on a fixed schedule of that many requests per second in all, until
    /// <paramref name="duration"/> is over or <paramref name="maxRequests"/> are recorded.
    /// </summary>
    /// <remarks>
    /// A closed loop measures capacity: its latency is the queue that 16 clients which never pause build on 2 cores
    /// (Little's law: 16 ÷ throughput on average). The schedule measures latency at a given load, as a portal's visitors
    /// make it; a request sent late because its client was still waiting counts from when it was due, so a slow server
    /// is not hidden by the clients slowing down with it (coordinated omission).
    /// </remarks>
    private static Task Clients(HttpClient http, List<Query> queries, int clients, TimeSpan duration, long maxRequests, Recorder? recorder, MemorySampler? memory,
        double? rate = null, CancellationToken stop = default)
    {
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            // Each client starts at its own place in the list, so the clients do not ask the same query at once.
            var i = c * queries.Count / clients;
            var k = 0L;
            while (Stopwatch.GetTimestamp() < end && (recorder is null || recorder.Count < maxRequests) && !stop.IsCancellationRequested)
            {
                var query = queries[i++ % queries.Count];
                var sent = Stopwatch.GetTimestamp();
                if (rate is { } perSecond)
                {
                    // Client c's k-th request is due at (k·clients + c) / rate: the clients' requests interleave evenly.
                    sent = start + (long)((k++ * clients + c) * Stopwatch.Frequency / perSecond);
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), sent);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, stop);
                    }
                    if (sent >= end)
                    {
                        break;
                    }
                }
                string? error = null;
                try
                {
                    using var response = await http.GetAsync(query.Url);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        error = $"{(int)response.StatusCode} for {query.Url}: {Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200))}";
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    error = $"{e.GetType().Name} for {query.Url}: {e.Message}";
                }
                recorder?.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds, error, sent);
                memory?.Check();
            }
        })));
    }

    /// <summary>
    /// Adds 1,000 articles (copies of corpus articles under new ids, their titles marked) through the indexer library,
    /// which commits at the end; then asks the server every 50 ms until a search finds all of them.
    /// </summary>
    private static async Task<(double CommitSeconds, double? VisibleSeconds, long FailedDuringCommit, long IndexingFrom, long IndexingTo)> CommitUnderLoad(
        HttpClient http, Options options, string work, string index, Recorder recorder)
    {
        var file = Path.Combine(work, "new-articles.jsonl");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            var n = 0;
            foreach (var line in ReadLines(options.Data).Take(1000))
            {
                var article = JsonNode.Parse(line)!.AsObject();
                article["id"] = $"webload-new-{n:0000}";
                article["title"] = $"Bài {NewArticleMarker} số {n}: {article["title"]?.GetValue<string>()}";
                await writer.WriteLineAsync(article.ToJsonString());
                n++;
            }
        }
        var errorsBefore = recorder.Errors;
        var started = Stopwatch.GetTimestamp();
        using (var indexer = ArticleIndexer.Open(index))
        {
            var run = indexer.Index([file]);
            if (run.Added != 1000)
            {
                throw new InvalidOperationException($"the index run added {run.Added} articles, not 1,000");
            }
        }
        var committed = Stopwatch.GetTimestamp();
        var commitSeconds = Stopwatch.GetElapsedTime(started, committed).TotalSeconds;
        var probe = $"/api/search?q={Uri.EscapeDataString("\"" + NewArticleMarker + "\"")}&size=1";
        while (Stopwatch.GetElapsedTime(committed).TotalSeconds < 30)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(probe));
            if (document.RootElement.GetProperty("total").GetInt32() == 1000)
            {
                return (commitSeconds, Stopwatch.GetElapsedTime(committed).TotalSeconds, recorder.Errors - errorsBefore, started, Stopwatch.GetTimestamp());
            }
            await Task.Delay(50);
        }
        return (commitSeconds, null, recorder.Errors - errorsBefore, started, Stopwatch.GetTimestamp());
    }

    /// <summary>Known-item headlines (1,000 titles sampled by a hash of the id) and every phrase topic in every spelling.</summary>
    private static List<Query> LoadQueries(Options options)
    {
        var titles = ReadLines(options.Data)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Select(a => (Id: a["id"]?.GetValue<string>() ?? "", Title: a["title"]?.GetValue<string>() ?? ""))
            .Where(a => a.Title.Trim().Length > 0)
            .OrderBy(a => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(a.Id))), StringComparer.Ordinal)
            .Take(1000)
            .Select(a => new Query("headline", Url(a.Title)));
        var phrases = Directory.Exists(options.TopicsDir)
            ? Directory.GetFiles(options.TopicsDir, "topics.*.tsv").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines)
                .Select(l => l.Split('\t'))
                .Where(p => p.Length == 2 && p[1].Trim().Length > 0)
                .Select(p => new Query("phrase", Url(p[1])))
            : [];
        // Interleaved, so every stretch of the run has both kinds.
        var all = titles.Concat(phrases).ToList();
        return [.. all.Select((q, i) => (q, Key: (i * 7919L) % all.Count)).OrderBy(x => x.Key).Select(x => x.q)];

        static string Url(string q) => "/api/search?q=" + Uri.EscapeDataString(q.Length > 1000 ? q[..1000] : q);
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                yield return line;
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    internal sealed record Query(string Kind, string Url);

    internal sealed record Options(string Index, string Data, string TopicsDir, int Clients, int Seconds, long TotalRequests, string? Out, double? Rate = null)
    {
        public static Options? Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    return null;
                }
                values[args[i][2..]] = args[i + 1];
            }
            if (args.Length % 2 != 0 || !values.TryGetValue("index", out var index))
            {
                return null;
            }
            var shared = SharedData();
            var data = values.GetValueOrDefault("data") ?? Path.Combine(shared, "news-dev.jsonl.gz");
            var topics = values.GetValueOrDefault("topics-dir") ?? Path.Combine(shared, "eval", "phrases-dev");
            int Int(string name, int fallback) => values.TryGetValue(name, out var v) && int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
            double? rate = null;
            if (values.TryGetValue("rate", out var r))
            {
                if (!double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var perSecond) || perSecond <= 0)
                {
                    return null;
                }
                rate = perSecond;
            }
            return new Options(Path.GetFullPath(index), Path.GetFullPath(data), topics, Int("clients", 16), Int("seconds", 60), Int("total-requests", 100_000), values.GetValueOrDefault("out"), rate);
        }

        /// <summary>../shared/data beside the repository root (searched upwards from here), like the other benchmarks.</summary>
        private static string SharedData()
        {
            for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (File.Exists(Path.Combine(candidate, "news-dev.jsonl.gz")))
                {
                    return candidate;
                }
            }
            return Path.GetFullPath(Path.Combine("..", "shared", "data"));
        }
    }
}
