using DongDa.Search.Analyzers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Cli.Commands;

/// <summary>Runs the analyzer over a text and prints its tokens.</summary>
internal static class AnalyzeLogic
{
    /// <summary>One token as printed by <c>analyze --json</c>.</summary>
    internal sealed record AnalyzedToken(string Term, string Tier, int Position, int Start, int End);

    public static int Run(string text, bool json, bool queryMode, bool pairs, bool names, TextWriter output)
    {
        using Analyzer analyzer = names ? new NamePairAnalyzer()
            : pairs ? new SyllablePairAnalyzer()
            : new VietnameseAnalyzer(queryMode ? VietnameseAnalyzerMode.Query : VietnameseAnalyzerMode.Index);
        foreach (var token in Analyze(analyzer, text))
        {
            output.WriteLine(json
                ? JsonOutput.Line(token)
                : $"{token.Position,4}  {token.Tier,-7} {token.Term,-24} [{token.Start}-{token.End}] {text[token.Start..token.End]}");
        }
        return ExitCodes.Ok;
    }

    internal static List<AnalyzedToken> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), type.Type, position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
