using System.Diagnostics;
using System.Globalization;
using DongDa.Search.Analyzers;
using DongDa.Search.Evaluation;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Eval;

/// <summary>What a known-item run needs: where the data is, where indexes go, how many topics and which ranking.</summary>
internal sealed record KnownItemSettings
{
    public required string DataDirectory { get; init; }

    public required string WorkDirectory { get; init; }

    public int TopicCount { get; init; } = 1000;

    public ArticleSearcherOptions Options { get; init; } = new();

    /// <summary>Systems to run: dongda, standard, icu.</summary>
    public IReadOnlyList<string> Systems { get; init; } = ["dongda", "standard", "icu"];

    /// <summary>Variants to run (all six by default).</summary>
    public IReadOnlyList<string> Variants { get; init; } = QueryVariants.Names;

    /// <summary>null: all topics; 0 or 1: only topics whose number has that parity (a dev/test split for tuning).</summary>
    public int? Split { get; init; }
}

/// <summary>One row of the result table.</summary>
internal sealed record KnownItemRow(string System, string Variant, QueryMetrics Metrics)
{
    public string ToTsv() => string.Create(CultureInfo.InvariantCulture,
        $"{System}\t{Variant}\t{Metrics.ReciprocalRank10:0.0000}\t{Metrics.Ndcg10:0.0000}\t{Metrics.Recall10:0.0000}\t{Metrics.Recall100:0.0000}");
}

/// <summary>
/// Known-item evaluation: an article's headline is the query, the article is indexed without its headline, and the
/// article is the one relevant answer. Each topic is asked in six spellings.
/// </summary>
internal static class KnownItemExperiment
{
    public const string TsvHeader = "system\tvariant\tmrr@10\tndcg@10\trecall@10\trecall@100";

    private static List<Article>? s_corpus;

    /// <summary>Builds what is missing (topics, qrels, indexes), runs every system on every variant, returns the table.</summary>
    public static List<KnownItemRow> Run(KnownItemSettings settings, TextWriter log)
    {
        var corpus = LoadCorpus(settings.DataDirectory, log);
        var sample = DevCorpus.KnownItemSample(corpus, settings.TopicCount);
        var topics = MakeTopics(sample, settings.Variants, settings.Split);
        WriteTopicFiles(settings.WorkDirectory, sample, settings.Variants);

        var rows = new List<KnownItemRow>();
        foreach (var systemName in settings.Systems)
        {
            using var system = OpenSystem(systemName, settings, corpus, log);
            foreach (var variant in settings.Variants)
            {
                var run = new List<RunEntry>();
                var qrels = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
                foreach (var (topic, articleId) in topics[variant])
                {
                    qrels[topic.Id] = new Dictionary<string, int> { [articleId] = 1 };
                    var rank = 0;
                    foreach (var (id, score) in system.Rank(topic.Query, 100))
                    {
                        run.Add(new RunEntry(topic.Id, id, ++rank, score, system.Name));
                    }
                }
                rows.Add(new KnownItemRow(system.Name, variant, RetrievalMetrics.Evaluate(run, qrels).Mean));
            }
        }
        return rows;
    }

    /// <summary>Query latency over every topic of every variant, warm (one pass first), in milliseconds: p50 and p99.</summary>
    public static List<(string System, string Mode, double P50, double P99)> Latency(KnownItemSettings settings, TextWriter log)
    {
        var corpus = LoadCorpus(settings.DataDirectory, log);
        var sample = DevCorpus.KnownItemSample(corpus, settings.TopicCount);
        var queries = MakeTopics(sample, settings.Variants, null).Values.SelectMany(t => t).Select(t => t.Topic.Query).ToList();
        var result = new List<(string, string, double, double)>();
        foreach (var systemName in settings.Systems)
        {
            using var system = OpenSystem(systemName, settings, corpus, log);
            var ranking = Time(queries, q => system.Rank(q, 100));
            result.Add((system.Name, "top 100, ids only", ranking.P50, ranking.P99));
            if (systemName == "dongda")
            {
                using var searcher = ArticleSearcher.Open(IndexPath("dongda", settings), settings.Options);
                var page = Time(queries, q => searcher.Search(new SearchRequest { Query = q }));
                result.Add((system.Name, "page of 10 + snippets + facets", page.P50, page.P99));
            }
        }
        return result;
    }

    private static (double P50, double P99) Time(List<string> queries, Action<string> run)
    {
        foreach (var q in queries)
        {
            run(q);
        }
        var times = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            var start = Stopwatch.GetTimestamp();
            run(q);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        return (times[(int)(0.50 * (times.Count - 1))], times[(int)Math.Ceiling(0.99 * (times.Count - 1))]);
    }

    private static List<Article> LoadCorpus(string dataDirectory, TextWriter log)
    {
        if (s_corpus is null)
        {
            var watch = Stopwatch.StartNew();
            s_corpus = DevCorpus.Read(Path.Combine(dataDirectory, "news-dev.jsonl.gz"));
            log.WriteLine($"read {s_corpus.Count} articles in {watch.Elapsed.TotalSeconds:0.0} s");
        }
        return s_corpus;
    }

    private static Dictionary<string, List<(Topic Topic, string ArticleId)>> MakeTopics(List<Article> sample, IReadOnlyList<string> variants, int? split)
    {
        var topics = new Dictionary<string, List<(Topic, string)>>();
        foreach (var variant in variants)
        {
            var list = new List<(Topic, string)>();
            for (var i = 0; i < sample.Count; i++)
            {
                if (split is null || i % 2 == split)
                {
                    list.Add((new Topic(TopicId(i, variant), QueryVariants.Make(sample[i].Title, variant)), sample[i].Id));
                }
            }
            topics[variant] = list;
        }
        return topics;
    }

    /// <summary>Topic id: number and variant, so <c>dongda-search eval --by-variant</c> can group by the part after the last '-'.</summary>
    private static string TopicId(int index, string variant) => $"ki{index + 1:D4}-{variant.Replace("-", "", StringComparison.Ordinal)}";

    /// <summary>Writes topics.tsv (all variants) and qrels.txt to the work folder, for <c>dongda-search search --topics</c> and <c>eval</c>.</summary>
    private static void WriteTopicFiles(string workDirectory, List<Article> sample, IReadOnlyList<string> variants)
    {
        Directory.CreateDirectory(workDirectory);
        using var topicsFile = new StreamWriter(Path.Combine(workDirectory, "topics.tsv"));
        using var qrelsFile = new StreamWriter(Path.Combine(workDirectory, "qrels.txt"));
        foreach (var variant in variants)
        {
            var topics = sample.Select((a, i) => new Topic(TopicId(i, variant), QueryVariants.Make(a.Title, variant))).ToList();
            TrecFiles.WriteTopics(topicsFile, topics);
            TrecFiles.WriteQrels(qrelsFile, sample.Select((a, i) => (TopicId(i, variant), a.Id, 1)));
        }
    }

    /// <summary>
    /// Where a system's index is cached. Ours carries the analyzer version in its name, so a cached index built with other
    /// keys is never reused after the analyzer changes.
    /// </summary>
    private static string IndexPath(string name, KnownItemSettings settings)
        => Path.Combine(settings.WorkDirectory, name == "dongda" ? $"index-{IndexCompatibility.SchemaVersion}-{VietnameseAnalyzer.Version}" : "index-" + name);

    private static IRankingSystem OpenSystem(string name, KnownItemSettings settings, List<Article> corpus, TextWriter log)
    {
        var path = IndexPath(name, settings);
        switch (name)
        {
            case "dongda":
                IndexCache.Ensure(path, p => DongDaSystem.Build(p, corpus), log);
                return new DongDaSystem(path, settings.Options);
            case "standard":
                IndexCache.Ensure(path, p => LuceneBaseline.Build(p, corpus, LuceneBaseline.Standard()), log);
                return new LuceneBaseline("lucene-standard", path, LuceneBaseline.Standard());
            case "icu":
                IndexCache.Ensure(path, p => LuceneBaseline.Build(p, corpus, LuceneBaseline.IcuFolding()), log);
                return new LuceneBaseline("lucene-icu-folding", path, LuceneBaseline.IcuFolding());
            default:
                throw new ArgumentException($"unknown system '{name}' (dongda, standard, icu)");
        }
    }
}
