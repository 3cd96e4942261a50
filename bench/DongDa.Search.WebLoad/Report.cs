using System.Globalization;
using System.Text;

namespace DongDa.Search.WebLoad;

/// <summary>The figures of one run, as a markdown table.</summary>
internal sealed record Report
{
    /// <summary>The environment variable the server reads its result cache size from (0 turns the cache off).</summary>
    private const string ResultCacheSetting = "DONGDA_Search__ResultCacheSize";

    public int Queries { get; init; }

    public int Clients { get; init; }

    public double TimedSeconds { get; init; }

    public int TimedRequests { get; init; }

    public long Errors { get; init; }

    public IReadOnlyList<string> FirstErrors { get; init; } = [];

    public List<double> LatenciesMs { get; init; } = [];

    /// <summary>The timed window's latencies of the requests sent while no index run was adding articles (before it, and after they were found).</summary>
    public List<double> LatenciesOutsideIndexingMs { get; init; } = [];

    /// <summary>The timed window's times inside the server, from its request log (<see cref="Server.SearchTimes"/>).</summary>
    public List<double> ServerTimesMs { get; init; } = [];

    public double ServerCpuSecondsTimed { get; init; }

    public double CommitSeconds { get; init; }

    public double? CommitVisibleSeconds { get; init; }

    public long FailedDuringCommit { get; init; }

    public long TotalRequests { get; init; }

    public double SoakSeconds { get; init; }

    public (double Resident, double Anonymous)? Memory10k { get; init; }

    public (double Resident, double Anonymous)? Memory100k { get; init; }

    public (long Requests, double Resident, double Anonymous)? MemoryLast { get; init; }

    public double StartSeconds { get; init; }

    public InProcessBaseline.Result? Baseline { get; init; }

    /// <summary>The plain Lucene.Net service under the same clients and queries.</summary>
    public PlainLoad? Plain { get; init; }

    /// <summary>The timed window's figures, printed before the memory run: no memory or stop rows yet.</summary>
    public bool Interim { get; init; }

    public string ToMarkdown(Program.Options options)
    {
        var inv = CultureInfo.InvariantCulture;
        LatenciesMs.Sort();
        LatenciesOutsideIndexingMs.Sort();
        ServerTimesMs.Sort();
        double P(double q) => Percentile(LatenciesMs, q);
        static double Percentile(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        var sb = new StringBuilder();
        var load = options.Rate is { } rate ? $"offering {rate:0} requests/s on a fixed schedule (latency from when each was due)" : "each sending as soon as its last answer is read";
        sb.AppendLine(inv, $"web-load: {Clients} clients {load}, {options.Seconds} s timed, {Queries} queries (headlines and phrase topics), /api/search with snippets and counts, {Environment.ProcessorCount} cores; "
            + $"server result cache: {Environment.GetEnvironmentVariable(ResultCacheSetting) ?? "the server's default (Search:ResultCacheSize)"}");
        sb.AppendLine();
        sb.AppendLine("| measure | value | target |");
        sb.AppendLine("|---|---|---|");
        sb.AppendLine(inv, $"| server start to ready | {StartSeconds:0.00} s | < 2 s |");
        sb.AppendLine(inv, $"| requests in the timed window | {TimedRequests:N0} in {TimedSeconds:0.0} s = **{TimedRequests / TimedSeconds:0} req/s** | ≥ 200 req/s |");
        sb.AppendLine(inv, $"| latency p50 / p90 / p99 / max | {P(0.50):0.0} / {P(0.90):0.0} / **{P(0.99):0.0}** / {P(1):0.0} ms | p99 ≤ 50 ms |");
        var quiet = LatenciesOutsideIndexingMs;
        sb.AppendLine(inv, $"| same, the {quiet.Count:N0} requests sent while no index run was going | {Percentile(quiet, 0.5):0.0} / {Percentile(quiet, 0.9):0.0} / {Percentile(quiet, 0.99):0.0} / {Percentile(quiet, 1):0.0} ms | |");
        var inside = ServerTimesMs;
        sb.AppendLine(inv, $"| time inside the server (its request log: the search, its turn and the JSON; not the sockets, Kestrel or the thread pool), {inside.Count:N0} requests | {Percentile(inside, 0.5):0.0} / {Percentile(inside, 0.9):0.0} / {Percentile(inside, 0.99):0.0} / {Percentile(inside, 1):0.0} ms | |");
        sb.AppendLine(inv, $"| server CPU per request (timed window) | {ServerCpuSecondsTimed * 1000 / Math.Max(1, TimedRequests):0.00} ms | |");
        if (Baseline is { } b)
        {
            sb.AppendLine(inv, $"| baseline: the same queries in-process through ArticleSearcher, 1 thread ({b.Queries}) | p50 {b.P50Ms:0.0} ms, p99 {b.P99Ms:0.0} ms, {b.CpuMsPerQuery:0.00} ms CPU per query | |");
            sb.AppendLine(inv, $"| ratio service / in-process, CPU per request | {ServerCpuSecondsTimed * 1000 / Math.Max(1, TimedRequests) / b.CpuMsPerQuery:0.00}× | |");
        }
        if (Plain is { } plain)
        {
            plain.LatenciesMs.Sort();
            var (oursRate, plainRate) = (TimedRequests / TimedSeconds, plain.LatenciesMs.Count / plain.Seconds);
            var (oursCpu, plainCpu) = (ServerCpuSecondsTimed * 1000 / Math.Max(1, TimedRequests), plain.CpuSeconds * 1000 / Math.Max(1, plain.LatenciesMs.Count));
            double Q(double q) => Percentile(plain.LatenciesMs, q);
            sb.AppendLine(inv, $"| plain Lucene.Net service, same clients and queries (StandardAnalyzer, QueryParser, top 10 with a highlighted body snippet, counts by year and category; one segment; no request log), started in {plain.StartSeconds:0.00} s: requests in the timed window | {plain.LatenciesMs.Count:N0} in {plain.Seconds:0.0} s = {plainRate:0} req/s (ours ÷ plain **{oursRate / plainRate:0.00}**) | |");
            sb.AppendLine(inv, $"| plain: latency p50 / p90 / p99 / max | {Q(0.50):0.0} / {Q(0.90):0.0} / **{Q(0.99):0.0}** / {Q(1):0.0} ms (plain ÷ ours at p99 **{Q(0.99) / P(0.99):0.00}**) | |");
            sb.AppendLine(inv, $"| plain: server CPU per request; errors | {plainCpu:0.00} ms (plain ÷ ours **{plainCpu / oursCpu:0.00}**); {plain.Errors} | |");
        }
        sb.AppendLine(inv, $"| errors (all {TotalRequests:N0} requests) | **{Errors}** | 0 |");
        sb.AppendLine(inv, $"| index run adding 1,000 articles under load | committed in {CommitSeconds:0.0} s; all 1,000 found {(CommitVisibleSeconds is { } v ? v.ToString("0.00", inv) + " s" : "NOT within 30 s")} after the commit; {FailedDuringCommit} failed requests meanwhile | visible ≤ 5 s, 0 failed |");
        string Growth(double a, double b) => ((b / a) - 1).ToString("+0.0%;-0.0%", inv);
        if (Memory10k is { } m10 && Memory100k is { } m100)
        {
            sb.AppendLine(inv, $"| server memory after 10,000 / 100,000 requests (median of 9 samples over the 1,000 requests before each): anonymous (heap) | {m10.Anonymous:0} / {m100.Anonymous:0} MB (**{Growth(m10.Anonymous, m100.Anonymous)}**) | within 10% |");
            sb.AppendLine(inv, $"| same, all resident | {m10.Resident:0} / {m100.Resident:0} MB ({Growth(m10.Resident, m100.Resident)}) | |");
        }
        else if (Memory10k is { } first && MemoryLast is { } last && last.Requests > 10_000)
        {
            sb.AppendLine(inv, $"| server memory after 10,000 / {last.Requests:N0} requests (run stopped before 100,000): anonymous (heap) | {first.Anonymous:0} / {last.Anonymous:0} MB (**{Growth(first.Anonymous, last.Anonymous)}**) | within 10% at 100,000 |");
            sb.AppendLine(inv, $"| same, all resident | {first.Resident:0} / {last.Resident:0} MB ({Growth(first.Resident, last.Resident)}) | |");
        }
        else if (!Interim)
        {
            sb.AppendLine(inv, $"| server memory after 10,000 / 100,000 requests | not measured: the run made {TotalRequests:N0} requests | within 10% |");
        }
        if (!Interim)
        {
            sb.AppendLine(inv, $"| stop on SIGTERM | exit code {(Server.LastExitCode?.ToString(inv) ?? "none (killed)")} | 0 |");
        }
        foreach (var error in FirstErrors)
        {
            sb.AppendLine(inv, $"\nerror: {error}");
        }
        foreach (var error in Plain?.FirstErrors ?? [])
        {
            sb.AppendLine(inv, $"\nplain Lucene.Net error: {error}");
        }
        return sb.ToString();
    }
}

/// <summary>The plain Lucene.Net service's timed window: its latencies, its server's CPU seconds, its errors.</summary>
internal sealed record PlainLoad(double Seconds, List<double> LatenciesMs, double CpuSeconds, long Errors, IReadOnlyList<string> FirstErrors, double StartSeconds);
