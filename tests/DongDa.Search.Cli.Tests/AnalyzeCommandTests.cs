using System.Text.Json;

namespace DongDa.Search.Cli.Tests;

public class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_Json_PrintsOneObjectPerTokenWithOffsetsIntoTheText()
    {
        const string text = "Quận uỷ Đống Đa";
        var (code, output, _) = CliRunner.Run("analyze", text, "--json");

        Assert.Equal(0, code);
        var tokens = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(8, tokens.Count);
        var uy = tokens[2];
        Assert.Equal("ủy", uy.GetProperty("term").GetString());
        Assert.Equal("exact", uy.GetProperty("tier").GetString());
        Assert.Equal(1, uy.GetProperty("position").GetInt32());
        Assert.Equal("uỷ", text[uy.GetProperty("start").GetInt32()..uy.GetProperty("end").GetInt32()]);
        Assert.Equal("uy", tokens[3].GetProperty("term").GetString());
        Assert.Equal("folded", tokens[3].GetProperty("tier").GetString());
    }

    [Fact]
    public void Analyze_QueryMode_GivesOneKeyPerWord()
    {
        var (code, output, _) = CliRunner.Run("analyze", "dân van", "--json", "--query");
        Assert.Equal(0, code);
        var terms = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("term").GetString());
        Assert.Equal(["dân", "van"], terms);
    }

    [Fact]
    public void Analyze_WithoutText_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("analyze");
        Assert.Equal(1, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Analyze_Pairs_PrintsThePairKeysAndReadingsStoppingAtPunctuation()
    {
        var (code, output, _) = CliRunner.Run("analyze", "Dân vận khéo, quận giàu", "--pairs", "--json");

        Assert.Equal(0, code);
        var terms = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("term").GetString());
        Assert.Equal(["dan van", "dan van|dân vận", "van kheo", "van kheo|vận khéo", "quan giau", "quan giau|quận giàu"], terms);
    }

    [Fact]
    public void Analyze_PairsWithQuery_IsAUsageError()
        => Assert.Equal(1, CliRunner.Run("analyze", "dân vận", "--pairs", "--query").ExitCode);

    [Fact]
    public void Analyze_Names_PrintsOnlyThePairsWrittenAsNames()
    {
        var (code, output, _) = CliRunner.Run("analyze", "Quận Thanh Xuân giữ tuổi thanh xuân", "--names", "--json");

        Assert.Equal(0, code);
        var terms = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("term").GetString());
        Assert.Equal(["quan thanh", "thanh xuan"], terms);
    }

    [Theory]
    [InlineData("--query")]
    [InlineData("--pairs")]
    public void Analyze_NamesWithAnotherKeying_IsAUsageError(string other)
        => Assert.Equal(1, CliRunner.Run("analyze", "Thanh Xuân", "--names", other).ExitCode);
}
