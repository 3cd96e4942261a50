using System.Diagnostics;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Store;

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
    private const int WarmUpTopics = 50;

    /// <remarks>Empties <paramref name="articles"/> once the topics are drawn: the corpus must not be on the heap while queries are timed.</remarks>
    public static BenchTable Run(List<Article> articles, BuiltIndex ours, BuiltIndex plain, int topicCount, int passes, bool breakdown, TextWriter log, IReadOnlyList<string>? shortWords = null)
    {
        var topics = Corpus.SampleWithTitles(articles, topicCount);
        var indexedArticles = articles.Count;
        // A gigabyte of article text kept alive would make every full collection that lands inside a query tens of
        // milliseconds long: the latencies would measure the benchmark's heap, not the searcher.
        articles.Clear();
        articles.TrimExcess();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var table = new BenchTable("query", $"Query latency ({topics.Count} known-item topics x {passes} pass(es), warm process, top {TopHits})",
        [
            new("searcher", "searcher"),
            new("queries", "queries"),
            new("segments", "segments"),
            new("p50Ms", "p50 ms", "F2"),
            new("p95Ms", "p95 ms", "F2"),
            new("p99Ms", "p99 ms", "F2"),
            new("maxMs", "max ms", "F2"),
            new("cpuP50Ms", "CPU p50 ms", "F2"),
            new("cpuP99Ms", "CPU p99 ms", "F2"),
            new("bestP99Ms", "best-of-passes p99 ms", "F2"),
            new("foundInTop10", "found@10", "P1"),
            new("errors", "errors"),
            new("p99ThisPerOurs", "p99 this/ours", "F2"),
        ]);
        var fullCollections = GC.CollectionCount(2);
        var pauses = GC.GetTotalPauseDuration();
        // First as the last bulk run left the indexes, then as a searched archive keeps them (`dongda-search index
        // --merge`): one segment, where the figures measure the searchers rather than the segment count.
        Measure(table, ours, plain, topics, passes, breakdown, shortWords, log);
        var merges = new[] { MergeToOneSegment(ours.Path), MergeToOneSegment(plain.Path) };
        log.WriteLine($"query: indexes merged to one segment in {merges[0]:F1} s (ours) and {merges[1]:F1} s (plain)");
        Measure(table, ours, plain, topics, passes, breakdown, shortWords, log);

        table.Notes.Add($"each set is measured twice: on the segments the bulk index run left, then after merging both indexes to one segment (as `dongda-search index --merge` does): ours in {merges[0]:F1} s, plain in {merges[1]:F1} s");
        table.Notes.Add($"full (gen 2) garbage collections during the query runs: {GC.CollectionCount(2) - fullCollections} (the heap settled before each timed set); "
            + $"garbage-collection pauses in all: {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms; the corpus was released before");
        table.Notes.Add($"topics: {topics.Count} articles with a title, chosen by the SHA-256 of their id; queries: the whole title, or its first 3 words; "
            + (shortWords is null ? "" : $"and {shortWords.Count} short words of the phrase-recovery topics (accented and without accents); ")
            + $"index of {indexedArticles:N0} articles; the baseline searches title, summary and body (OR) with BM25");
        table.Notes.Add("ours: the text as typed into ArticleSearcher.Search (its query language: quotes, a leading minus or OR in a title act as "
            + "operators), default ranking options; p99 this/ours is relative to the ranking-only row, which does the same work as the baseline");
        table.Notes.Add("wall = elapsed per query (query building, search, loading the hits' stored documents, snippets and facets where asked); "
            + "CPU = the searching thread's CPU time over the same span, which other jobs on the shared cores do not inflate (Linux only)");
        table.Notes.Add("found@10: how often the article the topic came from is in the top 10 (a sanity check, not an evaluation; failed queries count as not found; "
            + "not counted for the short words); errors: queries that threw");
        return table;
    }

    /// <summary>Times every contender on every query set over the indexes as they are on disk now, adding rows to <paramref name="table"/>.</summary>
    private static void Measure(BenchTable table, BuiltIndex ours, BuiltIndex plain, List<Article> topics, int passes, bool breakdown, IReadOnlyList<string>? shortWords, TextWriter log)
    {
        using var articleSearcher = ArticleSearcher.Open(ours.Path);
        using var plainSearcher = new PlainLucene.Searcher(plain.Path);
        var rankingOnly = new SearchRequest { PageSize = TopHits, IncludeSnippets = false, IncludeFacets = false };
        var portal = new SearchRequest { PageSize = TopHits };
        var contenders = new List<(string Name, Func<string, List<string>> Search)>
        {
            ("DongDa ArticleSearcher, ranking only", text => Ids(articleSearcher.Search(rankingOnly with { Query = text }))),
            ("DongDa ArticleSearcher, snippets + facets", text => Ids(articleSearcher.Search(portal with { Query = text }))),
            ("plain Lucene.Net (StandardAnalyzer, QueryParser)", text => plainSearcher.Search(text, TopHits)),
        };
        using var withoutAdjacency = breakdown ? ArticleSearcher.Open(ours.Path, new ArticleSearcherOptions { AdjacencyBoost = 0 }) : null;
        using var withoutFallback = breakdown ? ArticleSearcher.Open(ours.Path, new ArticleSearcherOptions { FoldedFallbackWeight = 0 }) : null;
        if (withoutAdjacency is not null && withoutFallback is not null)
        {
            // Where the searcher's time goes: the same ranking-only request with one query feature switched off.
            contenders.Add(("  breakdown: ranking only, AdjacencyBoost = 0", text => Ids(withoutAdjacency.Search(rankingOnly with { Query = text }))));
            contenders.Add(("  breakdown: ranking only, FoldedFallbackWeight = 0", text => Ids(withoutFallback.Search(rankingOnly with { Query = text }))));
        }

        // Warm-up on a few topics (JIT, Lucene's per-segment state); the index was just written, so it is in the OS file cache.
        foreach (var contender in contenders)
        {
            foreach (var topic in topics.Take(WarmUpTopics))
            {
                contender.Search(topic.Title);
            }
        }

        // The merge just before left its garbage on the heap: collected now, not inside a timed query.
        SettleHeap();
        // Whole titles are what the known-item task gives; a portal user types a few words, hence the second set.
        var segments = SegmentCount(ours.Path);
        var querySets = new List<(string Name, List<Article> Topics, Func<Article, string> Text)>
        {
            ("whole title", topics, topic => topic.Title),
            ("first 3 words", topics, topic => string.Join(' ', topic.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))),
        };
        if (shortWords is { Count: > 0 })
        {
            // One short word typed bare: the most common query of archivists.
            querySets.Add(("short word", [.. shortWords.Select(w => new Article { Id = "", Title = w, Body = "" })], topic => topic.Title));
        }
        foreach (var (setName, setTopics, textOf) in querySets)
        {
            var measured = Measure(contenders, setTopics, textOf, passes);
            log.WriteLine($"query: {setName}, {segments} segment(s): {setTopics.Count} topics x {passes} pass(es) per searcher done");
            var oursP99 = Percentile(measured[0].Wall, 0.99);
            for (var c = 0; c < contenders.Count; c++)
            {
                var (wall, cpu, ranks, errors, texts) = measured[c];
                var p99 = Percentile(wall, 0.99);
                table.AddRow(contenders[c].Name, setName, segments, Percentile(wall, 0.50), Percentile(wall, 0.95), p99, wall.Count > 0 ? wall.Max() : null,
                    Percentile(cpu, 0.50), Percentile(cpu, 0.99), Percentile(BestOfPasses(wall, texts), 0.99), ranks.Count(r => r > 0) / (double)setTopics.Count, errors.Count, p99 / oursP99);
                if (c == 0 && wall.Count > 0)
                {
                    var slowest = Enumerable.Range(0, wall.Count).MaxBy(i => wall[i]);
                    table.Notes.Add($"{contenders[c].Name}, {setName}, {segments} segment(s): slowest query {wall[slowest]:F1} ms: '{texts[slowest]}'");
                }
                if (errors.Count > 0)
                {
                    table.Notes.Add($"{contenders[c].Name.Trim()}, {setName}: {errors.Count} queries FAILED, e.g. {errors[0]}");
                }
                if (c < 2)
                {
                    var best = Percentile(BestOfPasses(wall, texts), 0.99);
                    table.Notes.Add($"{contenders[c].Name}, {setName}, {segments} segment(s): p99 = {p99:F2} ms wall, {Percentile(cpu, 0.99):F2} ms CPU "
                        + $"(target < {TargetP99Milliseconds} ms): {(p99 < TargetP99Milliseconds ? "met" : "MISSED")}; best of {passes} pass(es) per query: p99 {best:F2} ms: {(best < TargetP99Milliseconds ? "met" : "MISSED")}");
                }
            }
        }

    }

    /// <summary>Per contender: wall and CPU milliseconds and text of each query, the reciprocal rank of the source article, failed queries.</summary>
    private static List<(List<double> Wall, List<double> Cpu, List<double> ReciprocalRanks, List<string> Errors, List<string> Texts)> Measure(
        List<(string Name, Func<string, List<string>> Search)> contenders, List<Article> topics, Func<Article, string> textOf, int passes)
    {
        var results = contenders.Select(_ => (Wall: new List<double>(), Cpu: new List<double>(), ReciprocalRanks: new List<double>(), Errors: new List<string>(), Texts: new List<string>())).ToList();
        for (var pass = 1; pass <= passes; pass++)
        {
            // Topic by topic, alternating searchers, so other load on the machine hits all of them alike.
            foreach (var topic in topics)
            {
                var text = textOf(topic);
                for (var c = 0; c < contenders.Count; c++)
                {
                    var cpuStart = CpuClock.ThreadSeconds();
                    var clock = Stopwatch.StartNew();
                    List<string> ids;
                    try
                    {
                        ids = contenders[c].Search(text);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // A failing query is a finding to report, not a reason to lose the whole run.
                        results[c].Errors.Add($"'{text}': {e.GetType().Name} {e.StackTrace?.Split('\n')[0].Trim()}");
                        continue;
                    }
                    results[c].Wall.Add(clock.Elapsed.TotalMilliseconds);
                    results[c].Texts.Add(text);
                    if (CpuClock.ThreadSeconds() - cpuStart is { } cpu)
                    {
                        results[c].Cpu.Add(cpu * 1000);
                    }
                    if (pass == 1)
                    {
                        var rank = ids.IndexOf(topic.Id);
                        results[c].ReciprocalRanks.Add(rank < 0 ? 0 : 1.0 / (rank + 1));
                    }
                }
            }
        }
        return results;
    }

    /// <summary>Force-merges the index at <paramref name="path"/> into one segment, keeping its commit data; returns the seconds taken.</summary>
    internal static double MergeToOneSegment(string path)
    {
        var clock = Stopwatch.StartNew();
        using var directory = FSDirectory.Open(path);
        var infos = new SegmentInfos();
        infos.Read(directory);
        var config = ArticleIndexWriter.CreateConfig(OpenMode.APPEND, analyzer: PlainLucene.CreateAnalyzer());
        using (var writer = new IndexWriter(directory, config))
        {
            writer.ForceMerge(1);
            writer.SetCommitData(infos.UserData);
            writer.Commit();
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static int SegmentCount(string path)
    {
        using var directory = FSDirectory.Open(path);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Count;
    }

    private static List<string> Ids(SearchResults results) => results.Hits.Select(hit => hit.Id).ToList();

    /// <summary>A full, compacting collection, so the garbage of indexing and merging is not collected inside timed requests.</summary>
    internal static void SettleHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>
    /// Each request's fastest time over the passes (requests grouped by <paramref name="keys"/>, aligned with
    /// <paramref name="times"/>): the work a request costs once the shared machine's stalls, which strike requests at
    /// random, are taken out; its p99 is the request's own tail.
    /// </summary>
    internal static List<double> BestOfPasses(List<double> times, IReadOnlyList<string> keys)
        => [.. times.Zip(keys).GroupBy(p => p.Second, StringComparer.Ordinal).Select(g => g.Min(p => p.First))];

    internal static double? Percentile(List<double> values, double fraction)
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
