using System.Text;
using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class RobustnessTests
{
    // Pieces random text is made of: Vietnamese letters, marks without a base, lone surrogates, controls, separators.
    private static readonly string[] Pieces =
    [
        "a", "Đ", "ệ", "ươ", "\u0301", "\u0323\u0302", "\uD800", "\uDC00", "\uD83D\uDE00", "\0", "\u0007", "\u200B", "\u00AD",
        " ", "\n", ".", ",", "/", "-", ":", "@", "1", "2019", "13/12", "TP.", "HCM", "http://", "www.", "Ð", "ð", "\uFEFF",
        "\u0340", "\u2126", "ꙮ", "中", "ก", "\u00A0", "“", "…", "y", "qu", "gi", "hoà", "Ư",
    ];

    private static readonly SyllablePairAnalyzer Pairs = new();

    [Fact]
    public void RandomText_NeverThrows_AndKeepsOffsetsInside()
    {
        var random = new Random(20191213);
        for (var i = 0; i < 3000; i++)
        {
            var sb = new StringBuilder();
            var count = random.Next(0, 40);
            for (var k = 0; k < count; k++)
            {
                sb.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : Pieces[random.Next(Pieces.Length)]);
            }
            var text = sb.ToString();
            // TokenStreamAssert checks offsets are inside the text and non-decreasing.
            TokenStreamAssert.Tokens(Keys.Index, text);
            TokenStreamAssert.Tokens(Keys.Query, text);
            Assert.All(TokenStreamAssert.Tokens(Pairs, text), t => Assert.Matches(t.Type == VietnameseTokenTypes.PairReading ? @"^[^ |]{1,15} [^ |]{1,15}\|[^ |]{1,15} [^ |]{1,15}$" : @"^[^ ]{1,15} [^ ]{1,15}$", t.Term));
        }
    }

    [Fact]
    public void MegabyteLine_IsCutIntoTokensOfBoundedLength()
    {
        var text = new string('a', 1 << 20) + " đống " + string.Concat(Enumerable.Repeat("hoà ", 50_000));
        var tokens = TokenStreamAssert.Tokens(Keys.Index, text);
        Assert.All(tokens, t => Assert.True(t.Term.TrimStart(VietnameseAnalyzer.UnmarkedExactPrefix).Length <= VietnameseTokenizer.MaxTokenLength));
        Assert.Contains(tokens, t => t.Term == "đống");
        Assert.Equal(50_000, tokens.Count(t => t.Term == "hòa"));
    }

    [Fact]
    public void MarksWithoutBase_AreSkipped()
        => Assert.Equal(["a"], Keys.QueryKeys("\u0301\u0323 a \u0302"));
}
