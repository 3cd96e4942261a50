using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Xunit;

namespace DongDa.Search.Testing;

/// <summary>One token as an analyzer produced it: what the token-stream contract tests compare.</summary>
/// <param name="Term">The indexed term.</param>
/// <param name="Type">The token type (for the Vietnamese analyzer: the tier).</param>
/// <param name="Position">The absolute position (0 for the first token).</param>
/// <param name="Start">Start offset into the original text.</param>
/// <param name="End">End offset into the original text.</param>
public sealed record TokenInfo(string Term, string Type, int Position, int Start, int End);

/// <summary>
/// Assertions over Lucene token streams that also enforce the stream contract: Reset before
/// IncrementToken, End then Dispose, offsets non-decreasing and inside the text, positions moving forward.
/// </summary>
public static class TokenStreamAssert
{
    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and returns every token, checking the contract.</summary>
    public static IReadOnlyList<TokenInfo> Tokens(Analyzer analyzer, string text, string field = "body")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<TokenInfo>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var posInc = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        var lastStart = 0;
        while (stream.IncrementToken())
        {
            Assert.True(posInc.PositionIncrement >= 0, "negative position increment");
            if (position < 0)
            {
                Assert.True(posInc.PositionIncrement >= 1, "the first token must have a position increment of at least 1");
            }
            position += posInc.PositionIncrement;
            Assert.True(offset.StartOffset >= 0 && offset.StartOffset <= offset.EndOffset && offset.EndOffset <= text.Length,
                $"offsets {offset.StartOffset}-{offset.EndOffset} outside the text of length {text.Length}");
            Assert.True(offset.StartOffset >= lastStart, $"start offset went back from {lastStart} to {offset.StartOffset}");
            lastStart = offset.StartOffset;
            tokens.Add(new TokenInfo(term.ToString(), type.Type, position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        Assert.True(offset.EndOffset <= text.Length, "final offset outside the text");
        return tokens;
    }

    /// <summary>Asserts the terms (all tiers, in stream order) of <paramref name="text"/>.</summary>
    public static void AnalyzesTo(Analyzer analyzer, string text, params string[] terms)
        => Assert.Equal(terms, Tokens(analyzer, text).Select(t => t.Term).ToArray());
}
