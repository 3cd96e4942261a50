using DongDa.Search.Evaluation;

namespace DongDa.Search.Evaluation.Tests;

public class RetrievalMetricsTests
{
    private static Dictionary<string, int> Judged(params (string Doc, int Grade)[] grades) => grades.ToDictionary(g => g.Doc, g => g.Grade);

    [Fact]
    public void ForQuery_FirstRelevantAtThree_ReciprocalRankOneThird()
    {
        var m = RetrievalMetrics.ForQuery(["a", "b", "c", "d"], Judged(("c", 1)));
        Assert.Equal(1.0 / 3, m.ReciprocalRank10, 12);
        Assert.Equal(1 / Math.Log2(4), m.Ndcg10, 12);
        Assert.Equal(1, m.Recall10);
    }

    [Fact]
    public void ForQuery_GradedRelevance_TrecEvalNdcg()
    {
        // Gains 1 at rank 1, 2 at rank 3; ideal order 2, 1 (trec_eval: gain = grade, discount log2(rank + 1)).
        var m = RetrievalMetrics.ForQuery(["a", "x", "b"], Judged(("a", 1), ("b", 2), ("n", 0)));
        var dcg = 1 / Math.Log2(2) + 2 / Math.Log2(4);
        var ideal = 2 / Math.Log2(2) + 1 / Math.Log2(3);
        Assert.Equal(dcg / ideal, m.Ndcg10, 12);
        Assert.Equal(1.0, m.ReciprocalRank10);
    }

    [Fact]
    public void ForQuery_RelevantBeyondTen_CountsOnlyForRecall100()
    {
        var ranking = Enumerable.Range(0, 50).Select(i => "d" + i).ToList();
        var m = RetrievalMetrics.ForQuery(ranking, Judged(("d3", 1), ("d20", 1), ("missing", 1), ("d40", 0)));
        Assert.Equal(0.25, m.ReciprocalRank10);
        Assert.Equal(1.0 / 3, m.Recall10, 12);
        Assert.Equal(2.0 / 3, m.Recall100, 12);
    }

    [Fact]
    public void Evaluate_OrdersByScoreAndCountsMissingQueriesAsZero()
    {
        var run = new[]
        {
            new RunEntry("q1", "b", 1, 1.0, "t"),
            new RunEntry("q1", "a", 2, 2.0, "t"),
        };
        var qrels = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["q1"] = Judged(("a", 1)),
            ["q2"] = Judged(("z", 1)),
            ["q3"] = Judged(("z", 0)),
        };
        var result = RetrievalMetrics.Evaluate(run, qrels);
        Assert.Equal(2, result.PerQuery.Count);
        Assert.Equal(1.0, result.PerQuery["q1"].ReciprocalRank10);
        Assert.Equal(0.0, result.PerQuery["q2"].ReciprocalRank10);
        Assert.Equal(0.5, result.Mean.ReciprocalRank10);
    }

    [Fact]
    public void Evaluate_TiedScores_BrokenByDocumentIdDescending()
    {
        var run = new[] { new RunEntry("q", "a", 1, 1.0, "t"), new RunEntry("q", "b", 2, 1.0, "t") };
        var qrels = new Dictionary<string, IReadOnlyDictionary<string, int>> { ["q"] = Judged(("a", 1)) };
        Assert.Equal(0.5, RetrievalMetrics.Evaluate(run, qrels).Mean.ReciprocalRank10);
    }
}
