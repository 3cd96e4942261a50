using System.Diagnostics;

namespace DongDa.Search.WebLoad;

/// <summary>
/// The same queries through <see cref="ArticleSearcher"/> in this process, one at a time: what a search costs without
/// HTTP, so the report can say what the service adds (the ratio of the two).
/// </summary>
internal static class InProcessBaseline
{
    public sealed record Result(int Queries, double P50Ms, double P99Ms, double CpuMsPerQuery);

    public static Result Run(string index, IEnumerable<string> queries)
    {
        var list = queries.ToList();
        using var searcher = ArticleSearcher.Open(index);
        foreach (var query in list)
        {
            searcher.Search(new SearchRequest { Query = query });
        }
        var latencies = new List<double>(list.Count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var query in list)
        {
            var start = Stopwatch.GetTimestamp();
            searcher.Search(new SearchRequest { Query = query });
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        latencies.Sort();
        return new Result(list.Count, latencies[(latencies.Count / 2) - 1], latencies[(int)Math.Ceiling(0.99 * latencies.Count) - 1], cpuMs / list.Count);
    }
}
