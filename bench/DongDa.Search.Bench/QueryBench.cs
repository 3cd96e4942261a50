using System.Diagnostics;
using DongDa.Search.Indexer;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DongDa.Search.Bench;

/// <summary>
/// Query latency, one warm process: known-item topics (the titles of a deterministic sample of articles), top 10 with the
/// hits' stored documents loaded. Ours is <see cref="ArticleSearcher"/> on the index <see cref="ArticleIndexer"/> built,
/// once ranking only (as the baseline) and once as the portal calls it (snippets and facets); the baseline is
/// StandardAnalyzer and the classic QueryParser on the plain index.
/// </summary>
internal static class QueryBench
{
    private const double TargetP99Milliseconds = 20;
    private const int TopHits = 10;

    public static BenchTable Run(IReadOnlyList<Article> articles, BuiltIndex ours, BuiltIndex plain, int topicCount, int passes, TextWriter log)
    {
        var topics = Corpus.SampleWithTitles(articles, topicCount);
        using var articleSearcher = ArticleSearcher.Open(ours.Path);
        using var plainDirectory = FSDirectory.Open(plain.Path);
        using var plainReader = DirectoryReader.Open(plainDirectory);
        var plainSearcher = new IndexSearcher(plainReader) { Similarity = new BM25Similarity() };
        using var standardAnalyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ArticleAnalysis.TextFields.ToArray(), standardAnalyzer);
        var rankingOnly = new SearchRequest { PageSize = TopHits, IncludeSnippets = false, IncludeFacets = false };
        var portal = new SearchRequest { PageSize = TopHits };
        var contenders = new (string Name, Func<string, List<string>> Search)[]
        {
            ("DongDa ArticleSearcher, ranking only", text => Ids(articleSearcher.Search(rankingOnly with { Query = text }))),
            ("DongDa ArticleSearcher, snippets + facets", text => Ids(articleSearcher.Search(portal with { Query = text }))),
            // The textbook baseline: the title, escaped, through the classic multi-field QueryParser (OR), whole stored documents loaded.
            ("plain Lucene.Net (StandardAnalyzer, QueryParser)", text =>
            {
                var hits = plainSearcher.Search(parser.Parse(QueryParserBase.Escape(text)), TopHits);
                return hits.ScoreDocs.Select(hit => plainSearcher.Doc(hit.Doc).Get(ArticleFields.Id)).ToList();
            }),
        };

        // Warm-up: every topic once on each side (JIT, OS file cache, Lucene's per-segment caches).
        foreach (var contender in contenders)
        {
            foreach (var topic in topics)
            {
                contender.Search(topic.Title);
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
                    var ids = contenders[c].Search(topic.Title);
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

        table.Notes.Add($"topics: titles of {topics.Count} articles with a title, chosen by the SHA-256 of their id; index of {articles.Count:N0} articles; "
            + "the baseline searches title, summary and body (OR) with BM25");
        table.Notes.Add("ours: the title as typed into ArticleSearcher.Search (its query language: quotes, a leading minus or OR in a title act as "
            + "operators), default ranking options; p99 this/ours is relative to the ranking-only row, which does the same work as the baseline");
        for (var c = 0; c < 2; c++)
        {
            var p99 = Percentile(latencies[c], 0.99);
            table.Notes.Add($"{contenders[c].Name}: p99 = {p99:F2} ms wall, {Percentile(cpuLatencies[c], 0.99):F2} ms CPU "
                + $"(target < {TargetP99Milliseconds} ms): {(p99 < TargetP99Milliseconds ? "met" : "MISSED")}");
        }
        table.Notes.Add("wall = elapsed per query (query building, search, loading the hits' stored documents, snippets and facets where asked); "
            + "CPU = the searching thread's CPU time over the same span, which other jobs on the shared cores do not inflate (Linux only)");
        table.Notes.Add("found@10 / MRR: how often and how high the article whose title was the query comes back (a sanity check, not an evaluation)");
        return table;
    }

    private static List<string> Ids(SearchResults results) => results.Hits.Select(hit => hit.Id).ToList();

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
}
