using System.Diagnostics;
using DongDa.Search.Schema;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DongDa.Search.Bench;

/// <summary>
/// Related-articles latency, one warm process: for a deterministic sample of articles, the top 5 related ones.
/// Ours is <see cref="ArticleSearcher.Related"/> (MoreLikeThis over words and syllable pairs, stored fields, copies of a
/// story set aside, opening snippets); the baseline is plain Lucene.Net MoreLikeThis over the StandardAnalyzer index
/// (title, summary, body re-analyzed from the stored document), top 5 with stored documents loaded.
/// </summary>
internal static class RelatedBench
{
    private const double TargetP99Milliseconds = 20;
    private const int Top = 5;
    private const int WarmUp = 50;

    /// <remarks>Empties <paramref name="articles"/> once the sample is drawn, as the query benchmark does.</remarks>
    public static BenchTable Run(List<Article> articles, BuiltIndex ours, BuiltIndex plain, int sourceCount, int passes, TextWriter log)
    {
        var sources = Corpus.SampleWithTitles(articles, sourceCount).Select(a => a.Id).ToList();
        var indexed = articles.Count;
        articles.Clear();
        articles.TrimExcess();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var merges = new[] { QueryBench.MergeToOneSegment(ours.Path), QueryBench.MergeToOneSegment(plain.Path) };
        log.WriteLine($"related: indexes merged to one segment in {merges[0]:F1} s (ours) and {merges[1]:F1} s (plain)");

        using var searcher = ArticleSearcher.Open(ours.Path);
        using var plainDirectory = FSDirectory.Open(plain.Path);
        using var plainReader = DirectoryReader.Open(plainDirectory);
        var plainSearcher = new IndexSearcher(plainReader);
        using var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        var contenders = new (string Name, Func<string, int> Related)[]
        {
            ("DongDa ArticleSearcher.Related", id => searcher.Related(id, Top)!.Hits.Count),
            ("plain Lucene.Net MoreLikeThis (StandardAnalyzer)", id =>
            {
                // One MoreLikeThis per call, as a request handler would make it.
                var like = new MoreLikeThis(plainReader) { Analyzer = analyzer, FieldNames = [.. ArticleAnalysis.TextFields] };
                var doc = plainSearcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1).ScoreDocs[0].Doc;
                var query = new BooleanQuery { { like.Like(doc), Occur.SHOULD }, { new TermQuery(new Term(ArticleFields.Id, id)), Occur.MUST_NOT } };
                var hits = plainSearcher.Search(query, Top).ScoreDocs;
                foreach (var hit in hits)
                {
                    plainSearcher.Doc(hit.Doc);
                }
                return hits.Length;
            }),
        };
        foreach (var (_, related) in contenders)
        {
            sources.Take(WarmUp).ToList().ForEach(id => related(id));
        }

        // The merge above left its garbage on the heap: collected now, not inside a timed request.
        QueryBench.SettleHeap();
        var fullCollections = GC.CollectionCount(2);
        var pauses = GC.GetTotalPauseDuration();
        var wall = contenders.Select(_ => new List<double>()).ToArray();
        var cpu = contenders.Select(_ => new List<double>()).ToArray();
        var slowest = new (double Ms, string Id)[contenders.Length];
        for (var pass = 0; pass < passes; pass++)
        {
            // Source by source, alternating contenders, so other load on the machine hits both alike.
            foreach (var id in sources)
            {
                for (var c = 0; c < contenders.Length; c++)
                {
                    var cpuStart = CpuClock.ThreadSeconds();
                    var clock = Stopwatch.StartNew();
                    contenders[c].Related(id);
                    var ms = clock.Elapsed.TotalMilliseconds;
                    wall[c].Add(ms);
                    if (CpuClock.ThreadSeconds() - cpuStart is { } seconds)
                    {
                        cpu[c].Add(seconds * 1000);
                    }
                    if (ms > slowest[c].Ms)
                    {
                        slowest[c] = (ms, id);
                    }
                }
            }
        }

        var table = new BenchTable("related", $"Related articles latency ({sources.Count} articles x {passes} pass(es), warm process, top {Top})",
        [
            new("contender", "contender"),
            new("requests", "requests"),
            new("p50Ms", "p50 ms", "F2"),
            new("p99Ms", "p99 ms", "F2"),
            new("maxMs", "max ms", "F2"),
            new("cpuP50Ms", "CPU p50 ms", "F2"),
            new("cpuP99Ms", "CPU p99 ms", "F2"),
            new("bestP99Ms", "best-of-passes p99 ms", "F2"),
            new("p99ThisPerOurs", "p99 this/ours", "F2"),
            new("cpuP99ThisPerOurs", "CPU p99 this/ours", "F2"),
        ]);
        var oursP99 = QueryBench.Percentile(wall[0], 0.99);
        var oursCpuP99 = QueryBench.Percentile(cpu[0], 0.99);
        // Requests were timed pass after pass in the same order of sources.
        var requestIds = Enumerable.Range(0, passes).SelectMany(_ => sources).ToList();
        var best = contenders.Select((_, c) => QueryBench.Percentile(QueryBench.BestOfPasses(wall[c], requestIds), 0.99)).ToArray();
        for (var c = 0; c < contenders.Length; c++)
        {
            table.AddRow(contenders[c].Name, wall[c].Count, QueryBench.Percentile(wall[c], 0.5), QueryBench.Percentile(wall[c], 0.99), wall[c].Max(),
                QueryBench.Percentile(cpu[c], 0.5), QueryBench.Percentile(cpu[c], 0.99), best[c],
                QueryBench.Percentile(wall[c], 0.99) / oursP99, QueryBench.Percentile(cpu[c], 0.99) / oursCpuP99);
            table.Notes.Add($"{contenders[c].Name}: slowest {slowest[c].Ms:F1} ms for {slowest[c].Id}");
        }
        var p99 = oursP99 ?? double.NaN;
        table.Notes.Add($"ours: p99 = {p99:F2} ms wall, {oursCpuP99:F2} ms CPU (target <= {TargetP99Milliseconds} ms): {(p99 <= TargetP99Milliseconds ? "met" : "MISSED")}; "
            + $"best of {passes} passes per article: p99 {best[0]:F2} ms: {(best[0] <= TargetP99Milliseconds ? "met" : "MISSED")} (the article's own cost, without the stalls of the shared machine)");
        table.Notes.Add($"garbage collections during the timed requests: {GC.CollectionCount(2) - fullCollections} full; pauses in all {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms");
        table.Notes.Add($"sources: {sources.Count} articles with a title chosen by the SHA-256 of their id, of {indexed:N0} indexed; both indexes merged to one segment");
        table.Notes.Add("ours does more per request than the baseline: word and pair terms, 30 candidates ranked with their section, the stored text of those examined read and compared for copies of the story, opening snippets");
        return table;
    }
}
