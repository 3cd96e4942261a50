using DongDa.Search.Eval;
using DongDa.Search.Testing;

namespace DongDa.Search.Tests;

public class KnownItemEvaluationTests
{
    [Theory]
    [InlineData("accented", "Quận Đống Đa tăng cường, đổi mới trong công tác dân vận")]
    [InlineData("no-accents", "Quan Dong Da tang cuong, doi moi trong cong tac dan van")]
    [InlineData("half-accented", "Quận Dong Đa tang cường, doi mới trong công tac dân van")]
    [InlineData("upper-case", "QUẬN ĐỐNG ĐA TĂNG CƯỜNG, ĐỔI MỚI TRONG CÔNG TÁC DÂN VẬN")]
    public void Make_SeedTitle_Variant(string variant, string expected)
        => Assert.Equal(expected, QueryVariants.Make(TestArticles.Seed.Title, variant));

    [Fact]
    public void Make_Nfd_DecomposedSameText()
    {
        var nfd = QueryVariants.Make(TestArticles.Seed.Title, "nfd");
        Assert.NotEqual(TestArticles.Seed.Title, nfd);
        Assert.Equal(TestArticles.Seed.Title, nfd.Normalize(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("hòa bình", "hoà bình")]
    [InlineData("hoà", "hòa")]
    [InlineData("khỏe, thủy", "khoẻ, thuỷ")]
    [InlineData("quý hoàn toàn", "quý hoàn toàn")]
    [InlineData("Hòa", "Hoà")]
    public void OtherToneStyle_OpenSyllables_Swapped(string text, string expected)
        => Assert.Equal(expected, QueryVariants.OtherToneStyle(text));

    /// <summary>
    /// The full known-item run on the development corpus (minutes): only with DONGDA_EVAL=1 and ../shared/data present.
    /// Compares every figure, to 4 decimals, with eval/known-item.expected.tsv.
    /// </summary>
    [EvaluationRunFact]
    public void Run_DevCorpus_MatchesExpectedFigures()
    {
        var data = TestPaths.SharedData!;
        var work = Environment.GetEnvironmentVariable("DONGDA_EVAL_WORK") ?? Path.Combine(Path.GetTempPath(), "dongda-known-item");
        var rows = KnownItemExperiment.Run(new KnownItemSettings { DataDirectory = data, WorkDirectory = work }, TextWriter.Null);
        var expected = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "eval", "known-item.expected.tsv")).Skip(1).Where(l => l.Length > 0);
        Assert.Equal(expected, rows.Select(r => r.ToTsv()));
    }

    /// <summary>The phrase-recovery run (short queries): every figure, to 4 decimals, as in eval/phrases.expected.tsv.</summary>
    [EvaluationRunFact]
    public void RunPhrases_DevCorpus_MatchesExpectedFigures()
    {
        var work = Environment.GetEnvironmentVariable("DONGDA_EVAL_WORK") ?? Path.Combine(Path.GetTempPath(), "dongda-known-item");
        var rows = PhraseExperiment.Run(new KnownItemSettings { DataDirectory = TestPaths.SharedData!, WorkDirectory = work }, TextWriter.Null);
        var expected = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "eval", "phrases.expected.tsv")).Skip(1).Where(l => l.Length > 0);
        Assert.Equal(expected, rows.Select(r => r.ToTsv()));
    }
}
