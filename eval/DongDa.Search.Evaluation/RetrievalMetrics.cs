namespace DongDa.Search.Evaluation;

/// <summary>The measures of one query (or their mean over queries).</summary>
/// <param name="ReciprocalRank10">1/rank of the first relevant document within the top 10, else 0 (trec_eval recip_rank at cut 10).</param>
/// <param name="Ndcg10">nDCG at 10 with gain = relevance grade and log2(rank+1) discount (trec_eval ndcg_cut_10).</param>
/// <param name="Recall10">Relevant documents in the top 10 over all relevant documents.</param>
/// <param name="Recall100">Relevant documents in the top 100 over all relevant documents.</param>
public sealed record QueryMetrics(double ReciprocalRank10, double Ndcg10, double Recall10, double Recall100);

/// <summary>The evaluation of a run: the mean over queries and each query's figures.</summary>
/// <param name="Mean">Means over the evaluated queries.</param>
/// <param name="PerQuery">Figures per query id.</param>
public sealed record EvaluationResult(QueryMetrics Mean, IReadOnlyDictionary<string, QueryMetrics> PerQuery);

/// <summary>
/// MRR@10, nDCG@10, Recall@10 and Recall@100 with trec_eval's definitions: the run is ordered by score (ties by document
/// id, descending, as trec_eval does), documents with grade above 0 are relevant, and the gain is the grade. Every query
/// of the qrels with a relevant document is evaluated; one the run does not answer scores 0 (trec_eval -c).
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>Evaluates <paramref name="run"/> against <paramref name="qrels"/>.</summary>
    public static EvaluationResult Evaluate(IEnumerable<RunEntry> run, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> qrels)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(qrels);
        var ranked = run
            .GroupBy(e => e.QueryId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(e => e.Score).ThenByDescending(e => e.DocumentId, StringComparer.Ordinal).Select(e => e.DocumentId).ToList(),
                StringComparer.Ordinal);

        var perQuery = new Dictionary<string, QueryMetrics>(StringComparer.Ordinal);
        foreach (var (queryId, judged) in qrels)
        {
            if (!judged.Values.Any(g => g > 0))
            {
                continue;
            }
            perQuery[queryId] = ForQuery(ranked.GetValueOrDefault(queryId) ?? [], judged);
        }
        return new EvaluationResult(Mean(perQuery.Values), perQuery);
    }

    /// <summary>The mean of <paramref name="metrics"/> (zeros for none).</summary>
    public static QueryMetrics Mean(IEnumerable<QueryMetrics> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var list = metrics.ToList();
        return list.Count == 0
            ? new QueryMetrics(0, 0, 0, 0)
            : new QueryMetrics(
                list.Average(m => m.ReciprocalRank10),
                list.Average(m => m.Ndcg10),
                list.Average(m => m.Recall10),
                list.Average(m => m.Recall100));
    }

    /// <summary>The figures of one ranked list of document ids against its judgments.</summary>
    public static QueryMetrics ForQuery(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judged)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(judged);
        var relevantCount = judged.Values.Count(g => g > 0);
        if (relevantCount == 0)
        {
            return new QueryMetrics(0, 0, 0, 0);
        }

        double reciprocalRank = 0;
        double dcg = 0;
        int found10 = 0, found100 = 0;
        for (var i = 0; i < ranking.Count && i < 100; i++)
        {
            var grade = judged.GetValueOrDefault(ranking[i]);
            if (grade <= 0)
            {
                continue;
            }
            found100++;
            if (i < 10)
            {
                found10++;
                dcg += grade / Math.Log2(i + 2);
                if (reciprocalRank == 0)
                {
                    reciprocalRank = 1.0 / (i + 1);
                }
            }
        }

        var ideal = judged.Values.Where(g => g > 0).OrderByDescending(g => g).Take(10).ToList();
        double idealDcg = 0;
        for (var i = 0; i < ideal.Count; i++)
        {
            idealDcg += ideal[i] / Math.Log2(i + 2);
        }
        return new QueryMetrics(reciprocalRank, dcg / idealDcg, (double)found10 / relevantCount, (double)found100 / relevantCount);
    }
}
