using System.Diagnostics;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DongDa.Search.Bench;

/// <summary>
/// Query latency, one warm process: known-item topics (the titles of a deterministic sample of articles) against each
/// contender's index, top 10 with the ids of the hits loaded. Latency covers query building, search and loading the ids.
/// </summary>
internal static class QueryBench
{
    private const double TargetP99Milliseconds = 20;
    private const int TopHits = 10;

    public static BenchTable Run(IReadOnlyList<Article> articles, BuiltIndex ours, BuiltIndex plain, int topicCount, int passes, TextWriter log)
    {
        var topics = Corpus.SampleWithTitles(articles, topicCount);
        using var oursDirectory = FSDirectory.Open(ours.Path);
        using var oursReader = DirectoryReader.Open(oursDirectory);
        using var plainDirectory = FSDirectory.Open(plain.Path);
        using var plainReader = DirectoryReader.Open(plainDirectory);
        using var queryAnalyzer = new VietnameseAnalyzer(VietnameseAnalyzerMode.Query);
        using var standardAnalyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ArticleAnalysis.TextFields.ToArray(), standardAnalyzer);
        var contenders = new Contender[]
        {
            new("DongDa (query-mode keys, BooleanQuery)", Searcher(oursReader), text => KeyQuery(queryAnalyzer, text)),
            // The textbook baseline: the title, escaped, through the classic multi-field QueryParser (OR).
            new("plain Lucene.Net (StandardAnalyzer, QueryParser)", Searcher(plainReader), text => parser.Parse(QueryParserBase.Escape(text))),
        };

        // Warm-up: every topic once on each side (JIT, OS file cache, Lucene's per-segment caches).
        foreach (var contender in contenders)
        {
            foreach (var topic in topics)
            {
                contender.Search(topic);
            }
        }

        var latencies = contenders.Select(_ => new List<double>()).ToArray();
        var cpuLatencies = contenders.Select(_ => new List<double>()).ToArray();
        var reciprocalRanks = contenders.Select(_ => new List<double>()).ToArray();
        for (var pass = 1; pass <= passes; pass++)
        {
            // Topic by topic, alternating sides, so other load on the machine hits both alike.
            foreach (var topic in topics)
            {
                for (var c = 0; c < contenders.Length; c++)
                {
                    var cpuStart = CpuClock.ThreadSeconds();
                    var clock = Stopwatch.StartNew();
                    var ids = contenders[c].Search(topic);
                    latencies[c].Add(clock.Elapsed.TotalMilliseconds);
                    if (CpuClock.ThreadSeconds() - cpuStart is { } cpu)
                    {
                        cpuLatencies[c].Add(cpu * 1000);
                    }
                    if (pass == 1)
                    {
                        var rank = ids.IndexOf(topic.Id);
                        reciprocalRanks[c].Add(rank < 0 ? 0 : 1.0 / (rank + 1));
                    }
                }
            }
            log.WriteLine($"query: pass {pass}/{passes} done ({topics.Count} topics per side)");
        }

        var table = new BenchTable("query", $"Query latency ({topics.Count} known-item topics x {passes} passes, warm, top {TopHits})",
        [
            new("searcher", "searcher"),
            new("p50Ms", "p50 ms", "F2"),
            new("p95Ms", "p95 ms", "F2"),
            new("p99Ms", "p99 ms", "F2"),
            new("maxMs", "max ms", "F2"),
            new("cpuP50Ms", "CPU p50 ms", "F2"),
            new("cpuP99Ms", "CPU p99 ms", "F2"),
            new("foundInTop10", "found@10", "P1"),
            new("mrr", "MRR", "F3"),
            new("p99ThisPerOurs", "p99 this/ours", "F2"),
        ]);
        var oursP99 = Percentile(latencies[0], 0.99);
        for (var c = 0; c < contenders.Length; c++)
        {
            var p99 = Percentile(latencies[c], 0.99);
            table.AddRow(contenders[c].Name, Percentile(latencies[c], 0.50), Percentile(latencies[c], 0.95), p99, latencies[c].Max(),
                Percentile(cpuLatencies[c], 0.50), Percentile(cpuLatencies[c], 0.99),
                reciprocalRanks[c].Count(r => r > 0) / (double)topics.Count, reciprocalRanks[c].Average(), p99 / oursP99);
        }

        table.Notes.Add($"topics: titles of {topics.Count} articles with a title, chosen by the SHA-256 of their id; fields title, summary, body (SHOULD), BM25; "
            + $"index of {articles.Count:N0} articles");
        table.Notes.Add("ours: NOT the final searcher (DongDa.Search.ArticleSearcher had not landed): a BooleanQuery of TermQuery "
            + "SHOULD clauses, one per query-mode key and field, no phrase or proximity boost");
        var oursCpuP99 = Percentile(cpuLatencies[0], 0.99);
        table.Notes.Add($"ours p99 = {oursP99:F2} ms wall (target < {TargetP99Milliseconds} ms): {(oursP99 < TargetP99Milliseconds ? "met" : "MISSED")}"
            + (cpuLatencies[0].Count > 0 ? $"; {oursCpuP99:F2} ms of CPU time on the searching thread" : ""));
        table.Notes.Add("wall = elapsed per query (query building, search, loading the hits' ids); CPU = the searching thread's CPU time for the same "
            + "span, which other jobs on the shared cores do not inflate (Linux only)");
        table.Notes.Add("found@10 / MRR: how often and how high the article whose title was the query comes back (a sanity check, not an evaluation)");
        return table;
    }

    private static IndexSearcher Searcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };

    private static double? Percentile(List<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private sealed class Contender(string name, IndexSearcher searcher, Func<string, Query> buildQuery)
    {
        private static readonly ISet<string> IdField = new HashSet<string> { ArticleFields.Id };

        public string Name { get; } = name;

        public List<string> Search(Article topic)
        {
            var hits = searcher.Search(buildQuery(topic.Title), TopHits);
            return hits.ScoreDocs.Select(hit => searcher.Doc(hit.Doc, IdField).Get(ArticleFields.Id)).ToList();
        }
    }

    /// <summary>One SHOULD TermQuery per query-mode key and text field: what our searcher does at the least.</summary>
    private static BooleanQuery KeyQuery(VietnameseAnalyzer analyzer, string text)
    {
        var keys = new List<string>();
        using (var stream = analyzer.GetTokenStream(ArticleFields.Body, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                keys.Add(term.ToString());
            }
            stream.End();
        }

        var query = new BooleanQuery();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            foreach (var field in ArticleAnalysis.TextFields)
            {
                query.Add(new TermQuery(new Term(field, key)), Occur.SHOULD);
            }
        }
        return query;
    }
}
