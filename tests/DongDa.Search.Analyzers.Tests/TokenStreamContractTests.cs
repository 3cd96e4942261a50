using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class TokenStreamContractTests
{
    [Fact]
    public void ExactAndFolded_ShareOnePositionAndOffsets()
    {
        var tokens = Keys.Tokens("dân vận khéo");
        Assert.Equal(
            ["dân/exact@0", "dan/folded@0", "vận/exact@1", "van/folded@1", "khéo/exact@2", "kheo/folded@2"],
            tokens.Select(t => $"{t.Term}/{t.Type}@{t.Position}"));
        Assert.Equal(tokens[0].Start, tokens[1].Start);
        Assert.Equal(tokens[0].End, tokens[1].End);
    }

    [Fact]
    public void ExactKeys_HaveMarksOrTheUnmarkedPrefix_FoldedKeysNeither()
    {
        var text = File.ReadAllText(TestPaths.SeedArticle);
        foreach (var token in Keys.Tokens(text))
        {
            var marked = VietnameseText.HasDiacritics(token.Term) || token.Term[0] == VietnameseAnalyzer.UnmarkedExactPrefix;
            Assert.Equal(token.Type == "exact", marked);
        }
    }

    [Fact]
    public void WordWithoutMarks_GetsFoldedKeyAndPrefixedExactKey()
        => Assert.Equal(["tin/folded@0", "=tin/exact@0", "tín/exact@1", "tin/folded@1"],
            Keys.Tokens("tin tín").Select(t => $"{t.Term}/{t.Type}@{t.Position}"));

    [Fact]
    public void QueryMode_HalfAccented_KeysWordByWord()
        => Assert.Equal(["dân", "van", "khéo"], Keys.QueryKeys("Dân van KHÉO"));

    [Fact]
    public void Analyzer_Reused_GivesSameTokens()
    {
        var first = Keys.Tagged("Quận ủy Đống Đa 13/12/2019");
        Keys.Tagged("một văn bản khác, dài hơn, với 1.081 đơn");
        Assert.Equal(first, Keys.Tagged("Quận ủy Đống Đa 13/12/2019"));
    }

    [Fact]
    public void Analyzer_UsedFromManyThreads_GivesSameTokens()
    {
        var text = File.ReadAllText(TestPaths.SeedArticle);
        var expected = Keys.Tagged(text);
        var results = new string[8][];
        Parallel.For(0, results.Length, i => results[i] = Keys.Tagged(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void EmptyAndBlankText_GiveNoTokens()
    {
        Assert.Empty(Keys.Tokens(""));
        Assert.Empty(Keys.Tokens(" \t\r\n …–“”"));
    }

    [Fact]
    public void EndOffset_IsTheOriginalLength()
    {
        var text = "Vie\u0302\u0323t Nam\u0301";
        using var stream = Keys.Index.GetTokenStream("body", text);
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
        }
        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
    }
}
