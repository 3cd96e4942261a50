using System.Globalization;
using DongDa.Search.Evaluation;

namespace DongDa.Search.Cli.Commands;

/// <summary>Searches judged topics (or reads a run) and prints the evaluation measures.</summary>
internal static class EvalLogic
{
    /// <summary>One line of the evaluation table.</summary>
    internal sealed record EvalRow(string Group, int Queries, double Mrr10, double Ndcg10, double Recall10, double Recall100);

    public static int Run(string? topicsFile, string qrelsFile, string? index, string? runFile, bool byVariant, bool json, TextWriter output)
    {
        if ((runFile is null) == (topicsFile is null || index is null))
        {
            throw new CliUsageException("give --topics FILE with --index DIR, or --run FILE");
        }
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> qrels;
        IReadOnlyList<RunEntry> run;
        try
        {
            qrels = TrecFiles.ReadQrels(qrelsFile);
            run = runFile is not null ? TrecFiles.ReadRun(runFile) : Search(TrecFiles.ReadTopics(topicsFile!), index!);
        }
        catch (Exception e) when (e is TrecFormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliFailureException(e.Message, e);
        }

        var result = RetrievalMetrics.Evaluate(run, qrels);
        var rows = new List<EvalRow> { Row("all", result.PerQuery.Values) };
        if (byVariant)
        {
            rows.AddRange(result.PerQuery
                .GroupBy(p => VariantOf(p.Key), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(g.Key, g.Select(p => p.Value))));
        }
        if (json)
        {
            output.WriteLine(JsonOutput.Line(rows));
            return ExitCodes.Ok;
        }
        output.WriteLine($"{"queries",-20} {"n",6} {"MRR@10",8} {"nDCG@10",8} {"R@10",8} {"R@100",8}");
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Group,-20} {row.Queries,6} {row.Mrr10,8:0.0000} {row.Ndcg10,8:0.0000} {row.Recall10,8:0.0000} {row.Recall100,8:0.0000}"));
        }
        return ExitCodes.Ok;
    }

    internal static string VariantOf(string queryId)
    {
        var dash = queryId.LastIndexOf('-');
        return dash < 0 || dash == queryId.Length - 1 ? "all" : queryId[(dash + 1)..];
    }

    private static EvalRow Row(string group, IEnumerable<QueryMetrics> metrics)
    {
        var list = metrics.ToList();
        var mean = RetrievalMetrics.Mean(list);
        return new EvalRow(group, list.Count, mean.ReciprocalRank10, mean.Ndcg10, mean.Recall10, mean.Recall100);
    }

    private static List<RunEntry> Search(IReadOnlyList<Topic> topics, string index)
    {
        using var searcher = IndexLocation.Open(index);
        var run = new List<RunEntry>();
        foreach (var topic in topics)
        {
            var results = searcher.Search(new SearchRequest { Query = topic.Query, PageSize = 100, IncludeSnippets = false, IncludeFacets = false, IncludeDetails = false });
            var rank = 0;
            run.AddRange(results.Hits.Select(h => new RunEntry(topic.Id, h.Id, ++rank, h.Score, "dongda")));
        }
        return run;
    }
}
