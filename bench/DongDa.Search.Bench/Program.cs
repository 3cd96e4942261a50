using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DongDa.Search.Bench;

/// <summary>
/// Self-timing benchmarks of DongDa.Search against plain Lucene.Net: <c>analyzer</c>, <c>indexer</c>, <c>query</c>, or
/// <c>all</c>. Plain stopwatch timing rather than BenchmarkDotNet: whole-corpus runs must finish in minutes on two cores.
/// </summary>
internal static class Program
{
    private static readonly Option<string?> DataOption = new("--data")
    {
        Description = "news-dev.jsonl.gz to read (default: ../shared/data/news-dev.jsonl.gz beside the repository root)",
        Recursive = true,
    };

    private static readonly Option<int?> LimitOption = new("--limit")
    {
        Description = "Use only the first N articles",
        Recursive = true,
    };

    private static readonly Option<bool> JsonOption = new("--json")
    {
        Description = "Write the results as JSON on standard output (progress goes to standard error)",
        Recursive = true,
    };

    private static readonly Option<string?> OutOption = new("--out")
    {
        Description = "Also write the results as markdown to this file",
        Recursive = true,
    };

    private static readonly Option<int> PassesOption = new("--passes")
    {
        Description = "Timed passes of the analyzer benchmark",
        DefaultValueFactory = _ => 3,
        Recursive = true,
    };

    private static readonly Option<int> QueryPassesOption = new("--query-passes")
    {
        Description = "Timed passes over the topics in the query benchmark",
        DefaultValueFactory = _ => 1,
        Recursive = true,
    };

    private static readonly Option<int> ThreadsOption = new("--threads")
    {
        Description = "Threads adding documents in the indexer benchmark (both contenders)",
        DefaultValueFactory = _ => 2,
        Recursive = true,
    };

    private static readonly Option<int> TopicsOption = new("--topics")
    {
        Description = "Known-item topics of the query benchmark",
        DefaultValueFactory = _ => 500,
        Recursive = true,
    };

    private static readonly Option<bool> BreakdownOption = new("--breakdown")
    {
        Description = "Also time our analyzer chain stage by stage, indexing without the names, the pairs (and triples), and the searcher with adjacency boost or folded fallback off",
        Recursive = true,
    };

    private static readonly Option<string> SizesOption = new("--sizes")
    {
        Description = "Archive sizes of the scale benchmark, comma-separated; k and M suffixes allowed (e.g. 100k,300k)",
        DefaultValueFactory = _ => "100k,300k,1M",
        Recursive = true,
    };

    private static readonly Option<string?> IndexOption = new("--index")
    {
        Description = "typing: an existing DongDa.Search index of the corpus to use instead of building one",
        Recursive = true,
    };

    private static readonly Option<string?> KeepOption = new("--keep")
    {
        Description = "scale: keep each size's merged index in this folder, and search an index already kept there instead of rebuilding it",
        Recursive = true,
    };

    public static int Main(string[] args)
    {
        var root = new RootCommand("DongDa.Search benchmarks: analyzer throughput, indexing throughput, query latency, against plain Lucene.Net.");
        root.Options.Add(DataOption);
        root.Options.Add(LimitOption);
        root.Options.Add(JsonOption);
        root.Options.Add(OutOption);
        root.Options.Add(PassesOption);
        root.Options.Add(QueryPassesOption);
        root.Options.Add(ThreadsOption);
        root.Options.Add(TopicsOption);
        root.Options.Add(BreakdownOption);
        root.Options.Add(SizesOption);
        root.Options.Add(IndexOption);
        root.Options.Add(KeepOption);
        foreach (var (name, description) in new[]
        {
            ("all", "Run the three benchmarks (the indexes built by 'indexer' are reused by 'query')"),
            ("analyzer", "Analyzer throughput: ours vs Standard+ASCIIFolding vs ICU, single thread"),
            ("indexer", "Indexing throughput: ours vs StandardAnalyzer, same documents and writer settings"),
            ("query", "Query latency p50/p95/p99 for known-item topics: ours vs StandardAnalyzer + QueryParser"),
            ("related", "Related-articles latency p50/p99: ArticleSearcher.Related vs plain MoreLikeThis on the StandardAnalyzer index"),
            ("scale", "Cost curve: synthetic archives of --sizes articles recombined from the corpus, indexed, merged, searched (not part of 'all')"),
            ("typing", "Restore and suggest latency p50/p99 (and the syllable model's load time and heap) beside plain term lookups"),
        })
        {
            var command = new Command(name, description);
            command.SetAction(parseResult => Run(name, parseResult));
            root.Subcommands.Add(command);
        }

        return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static int Run(string benchmark, ParseResult options)
    {
        var log = Console.Error;
        var limit = options.GetValue(LimitOption);
        var passes = options.GetValue(PassesOption);
        var threads = options.GetValue(ThreadsOption);
        var topics = options.GetValue(TopicsOption);
        if (limit is < 1 || passes < 1 || options.GetValue(QueryPassesOption) < 1 || threads < 1 || topics < 1)
        {
            log.WriteLine("error: --limit, --passes, --query-passes, --threads and --topics must be at least 1");
            return 1;
        }
        if (ParseSizes(options.GetValue(SizesOption)) is null)
        {
            log.WriteLine("error: --sizes takes positive article counts separated by commas, e.g. 100k,300k,1M");
            return 1;
        }

        var dataPath = Path.GetFullPath(options.GetValue(DataOption) ?? Corpus.DefaultPath());
        if (!File.Exists(dataPath))
        {
            // The corpus is not in the repository (licences): without it there is nothing to measure, which is not an error.
            var reason = $"no corpus at {dataPath} (pass --data PATH to news-dev.jsonl.gz)";
            Console.WriteLine(options.GetValue(JsonOption) ? JsonSerializer.Serialize(new { skipped = reason }, JsonOptions) : "benchmarks skipped: " + reason);
            return 0;
        }

        var workDirectory = Path.Combine(Path.GetTempPath(), "dongda-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            var loadBefore = LoadAverage();
            var tables = RunBenchmarks(benchmark, dataPath, limit, options, workDirectory, log);
            var environment = Describe(dataPath, limit);
            environment["loadAverage"] = $"{loadBefore} before, {LoadAverage()} after (1/5/15 min; other jobs on the same cores)";
            if (options.GetValue(JsonOption))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    environment,
                    results = tables.ToDictionary(t => t.Name, t => new { t.Title, t.Rows, t.Notes }),
                }, JsonOptions));
            }
            else
            {
                Console.WriteLine(string.Join(Environment.NewLine, tables.Select(t => t.ToText())));
            }

            if (options.GetValue(OutOption) is { } outPath)
            {
                var markdown = new StringBuilder("# DongDa.Search benchmarks\n\n");
                foreach (var (key, value) in environment)
                {
                    markdown.Append(CultureInfo.InvariantCulture, $"- {key}: {value}\n");
                }
                markdown.Append('\n');
                tables.ForEach(t => markdown.Append(t.ToMarkdown()));
                File.WriteAllText(outPath, markdown.ToString());
                log.WriteLine($"markdown written to {outPath}");
            }
            return 0;
        }
        catch (BenchFailureException e)
        {
            log.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (IOException e)
        {
            log.WriteLine("error: " + e.Message);
            return 2;
        }
        finally
        {
            if (Directory.Exists(workDirectory))
            {
                Directory.Delete(workDirectory, recursive: true);
            }
        }
    }

    /// <summary>The phrase-recovery topics beside the corpus (accented and without accents), or null when absent.</summary>
    private static List<string>? ShortWords(string dataPath)
    {
        var folder = Path.Combine(Path.GetDirectoryName(dataPath) ?? ".", "eval", "phrases-dev");
        string[] files = [Path.Combine(folder, "topics.acc.tsv"), Path.Combine(folder, "topics.noacc.tsv")];
        return files.All(File.Exists)
            ? [.. files.SelectMany(File.ReadLines).Select(l => l.Split('\t')).Where(c => c.Length == 2).Select(c => c[1])]
            : null;
    }

    private static List<BenchTable> RunBenchmarks(string benchmark, string dataPath, int? limit, ParseResult options, string workDirectory, TextWriter log)
    {
        var tables = new List<BenchTable>();
        var passes = options.GetValue(PassesOption);
        if (benchmark is "scale")
        {
            var corpus = Timed("articles", log, () => Corpus.LoadArticles(dataPath, limit));
            tables.Add(ScaleBench.Run(corpus, ParseSizes(options.GetValue(SizesOption))!, options.GetValue(ThreadsOption), options.GetValue(TopicsOption), workDirectory, options.GetValue(KeepOption) is { } keep ? Path.GetFullPath(keep) : null, log));
            return tables;
        }
        if (benchmark is "all" or "analyzer")
        {
            var texts = Timed("raw article texts", log, () => Corpus.LoadRawTexts(dataPath, limit));
            tables.Add(AnalyzerBench.Run(texts, passes, options.GetValue(BreakdownOption), log));
        }
        if (benchmark is "typing")
        {
            var articles = Timed("articles", log, () => Corpus.LoadArticles(dataPath, limit));
            var index = options.GetValue(IndexOption)
                ?? IndexerBench.BuildForQuery(dataPath, limit, articles, options.GetValue(ThreadsOption), workDirectory, log).Ours.Path;
            tables.Add(TypingBench.Run(articles, index, workDirectory, options.GetValue(TopicsOption), log));
        }
        if (benchmark is "related")
        {
            var articles = Timed("articles", log, () => Corpus.LoadArticles(dataPath, limit));
            var (ours, plain) = IndexerBench.BuildForQuery(dataPath, limit, articles, options.GetValue(ThreadsOption), workDirectory, log);
            tables.Add(RelatedBench.Run(articles, ours, plain, options.GetValue(TopicsOption), options.GetValue(QueryPassesOption), log));
            return tables;
        }
        if (benchmark is "all" or "indexer" or "query")
        {
            var articles = Timed("articles", log, () => Corpus.LoadArticles(dataPath, limit));
            if (benchmark is "all" or "indexer")
            {
                var indexes = IndexerBench.Run(dataPath, limit, articles, options.GetValue(ThreadsOption), options.GetValue(BreakdownOption), workDirectory, log);
                tables.Add(indexes.Table);
                if (benchmark is "all")
                {
                    tables.Add(QueryBench.Run(articles, indexes.Ours, indexes.Plain, options.GetValue(TopicsOption), options.GetValue(QueryPassesOption), options.GetValue(BreakdownOption), log, ShortWords(dataPath)));
                }
            }
            else
            {
                var (ours, plain) = IndexerBench.BuildForQuery(dataPath, limit, articles, options.GetValue(ThreadsOption), workDirectory, log);
                tables.Add(QueryBench.Run(articles, ours, plain, options.GetValue(TopicsOption), options.GetValue(QueryPassesOption), options.GetValue(BreakdownOption), log, ShortWords(dataPath)));
            }
        }
        return tables;
    }

    /// <summary>"100k,300k,1M" → [100000, 300000, 1000000]; null when any part is not a positive count.</summary>
    private static List<int>? ParseSizes(string? text)
    {
        var sizes = new List<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (digits, factor) = part[^1] switch
            {
                'k' or 'K' => (part[..^1], 1_000),
                'm' or 'M' => (part[..^1], 1_000_000),
                _ => (part, 1),
            };
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || (long)count * factor > int.MaxValue)
            {
                return null;
            }
            sizes.Add(count * factor);
        }
        return sizes.Count == 0 ? null : sizes;
    }

    private static List<T> Timed<T>(string what, TextWriter log, Func<List<T>> load)
    {
        var clock = Stopwatch.StartNew();
        var loaded = load();
        log.WriteLine($"corpus: {loaded.Count:N0} {what} read in {clock.Elapsed.TotalSeconds:F1} s");
        return loaded;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The 1, 5 and 15 minute load averages where the OS publishes them (Linux), to judge how busy the machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static Dictionary<string, string> Describe(string dataPath, int? limit) => new()
    {
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        ["machine"] = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}",
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["data"] = limit is null ? dataPath : $"{dataPath} (first {limit:N0} articles)",
    };
}
