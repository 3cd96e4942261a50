using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class SeedArticleTests
{
    [Fact]
    public void SeedArticle_FirstParagraph_AnalyzesToExpectedKeys()
    {
        var lines = File.ReadAllLines(TestPaths.SeedArticle);
        var paragraph = lines.First(l => l.StartsWith("Sáng 13/12", StringComparison.Ordinal));

        var tokens = Keys.Tokens(paragraph);
        var primary = tokens.Where(t => t.Type is "exact" or "folded").GroupBy(t => t.Position).Select(g => g.First().Term);

        Assert.Equal(
            "sáng 13/12 quận ủy đống đa tổ chức tổng kết công tác dân vận việc thực hiện qui chế dân chủ ở cơ sở năm 2019 "
            + "và phương hướng nhiệm vụ trọng tâm công tác năm 2020",
            string.Join(' ', primary));
        Assert.Equal(
            "sang 13/12 quan uy dong da to chuc tong ket cong tac dan van viec thuc hien qui che dan chu o co so nam 2019 "
            + "va phuong huong nhiem vu trong tam cong tac nam 2020",
            string.Join(' ', tokens.Where(t => t.Type == "folded").Select(t => t.Term)));
        Assert.Contains(tokens, t => t.Term == "12-13" && t.Type == "date");
        foreach (var token in tokens)
        {
            // The offsets cover the original word: the same letters, but for the i/y key (quy → qui) and the date key.
            var original = VietnameseText.Fold(paragraph[token.Start..token.End]).Replace('y', 'i');
            Assert.Equal(original, VietnameseText.Fold(token.Term.TrimStart(VietnameseAnalyzer.UnmarkedExactPrefix)).Replace("12-13", "13/12").Replace('y', 'i'));
        }
    }

    [Fact]
    public void SeedArticle_BothToneStylesInOneText_GiveOneKey()
    {
        var text = File.ReadAllText(TestPaths.SeedArticle);
        // The article writes "Quận ủy" and "Quận uỷ", "cụ thể hóa" and "văn hoá".
        Assert.Contains("Quận uỷ", text, StringComparison.Ordinal);
        Assert.Contains("Quận ủy", text, StringComparison.Ordinal);
        var exact = Keys.Exact(text);
        Assert.DoesNotContain("uỷ", exact);
        Assert.DoesNotContain("hoá", exact);
        Assert.Contains("ủy", exact);
        Assert.Contains("hóa", exact);
    }
}
