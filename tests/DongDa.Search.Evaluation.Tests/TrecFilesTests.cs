using DongDa.Search.Evaluation;

namespace DongDa.Search.Evaluation.Tests;

public sealed class TrecFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dongda-trec").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Topics_WriteThenRead_RoundTrips()
    {
        var path = Path.Combine(_dir, "topics.tsv");
        using (var writer = new StreamWriter(path))
        {
            TrecFiles.WriteTopics(writer, [new Topic("q1", "dân vận khéo"), new Topic("q2", "UBND\tquận")]);
        }
        var topics = TrecFiles.ReadTopics(path);
        Assert.Equal([new Topic("q1", "dân vận khéo"), new Topic("q2", "UBND quận")], topics);
    }

    [Fact]
    public void ReadTopics_LineWithoutTab_NamesFileAndLine()
    {
        var path = Path.Combine(_dir, "bad.tsv");
        File.WriteAllLines(path, ["q1\tok", "no tab here"]);
        var e = Assert.Throws<TrecFormatException>(() => TrecFiles.ReadTopics(path));
        Assert.Contains("bad.tsv:2", e.Message);
    }

    [Fact]
    public void RunAndQrels_WriteThenRead_RoundTrips()
    {
        var run = Path.Combine(_dir, "run.txt");
        using (var writer = new StreamWriter(run))
        {
            TrecFiles.WriteRunLine(writer, new RunEntry("q1", "doc-1", 1, 12.5, "dongda"));
        }
        Assert.Equal("q1 Q0 doc-1 1 12.5 dongda", File.ReadAllText(run).Trim());
        Assert.Equal(new RunEntry("q1", "doc-1", 1, 12.5, "dongda"), Assert.Single(TrecFiles.ReadRun(run)));

        var qrels = Path.Combine(_dir, "qrels.txt");
        using (var writer = new StreamWriter(qrels))
        {
            TrecFiles.WriteQrels(writer, [("q1", "doc-1", 2)]);
        }
        Assert.Equal(2, TrecFiles.ReadQrels(qrels)["q1"]["doc-1"]);
    }

    [Fact]
    public void ReadQrels_BadGrade_NamesFileAndLine()
    {
        var path = Path.Combine(_dir, "qrels.txt");
        File.WriteAllLines(path, ["q1 0 d x"]);
        Assert.Contains("qrels.txt:1", Assert.Throws<TrecFormatException>(() => TrecFiles.ReadQrels(path)).Message);
    }
}
