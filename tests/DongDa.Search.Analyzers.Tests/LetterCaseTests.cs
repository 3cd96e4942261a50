using System.Text;
using DongDa.Search.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace DongDa.Search.Analyzers.Tests;

public class LetterCaseTests
{
    private static readonly Analyzer Ours = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WhitespaceTokenizer(VietnameseAnalyzer.MatchVersion, reader);
        return new TokenStreamComponents(tokenizer, new LetterCaseFilter(tokenizer));
    });

    private static readonly Analyzer Lucene = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WhitespaceTokenizer(VietnameseAnalyzer.MatchVersion, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(VietnameseAnalyzer.MatchVersion, tokenizer));
    });

    [Theory]
    [InlineData("ĐỐNG ĐA", "đống đa")]
    [InlineData("HOÀ BÌNH", "hoà bình")]
    [InlineData("ỨNG DỤNG ƯU TIÊN", "ứng dụng ưu tiên")]
    [InlineData("UBND", "ubnd")]
    public void VietnameseCapitals_AreLowerCased(string text, string expected)
        => Assert.Equal(expected.Split(' '), TokenStreamAssert.Tokens(Ours, text).Select(t => t.Term));

    [Fact]
    public void EveryLetter_GetsTheKeyOfLuceneLowerCaseFilter()
    {
        // Every BMP letter and a few beyond it, as one word each: the keys must not change with the filter.
        var words = new List<string>();
        for (var c = 1; c < 0x10000; c++)
        {
            if (char.IsLetter((char)c) && !char.IsSurrogate((char)c))
            {
                words.Add(((char)c).ToString());
            }
        }
        words.AddRange(["\U00010400", "\U000104B0", "\U0001E900", "Ǆ", "ǅ", "ẞ", "İ"]);
        var text = string.Join(' ', words);

        var differing = TokenStreamAssert.Tokens(Ours, text).Zip(TokenStreamAssert.Tokens(Lucene, text))
            .Where(pair => pair.First.Term != pair.Second.Term)
            .Select(pair => $"{pair.Second.Term}->{pair.First.Term}")
            .ToList();

        Assert.Empty(differing);
    }
}
