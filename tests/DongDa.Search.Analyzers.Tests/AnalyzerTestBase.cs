using DongDa.Search.Analyzers;
using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

/// <summary>Shortcuts for reading the keys the analyzer makes.</summary>
internal static class Keys
{
    public static readonly VietnameseAnalyzer Index = new();
    public static readonly VietnameseAnalyzer Query = new(VietnameseAnalyzerMode.Query);

    public static IReadOnlyList<TokenInfo> Tokens(string text) => TokenStreamAssert.Tokens(Index, text);

    /// <summary>"term/tier" for every token.</summary>
    public static string[] Tagged(string text) => [.. Tokens(text).Select(t => $"{t.Term}/{t.Type}")];

    public static string[] Exact(string text) => TermsOf(text, VietnameseTokenTypes.Exact);

    public static string[] Folded(string text) => TermsOf(text, VietnameseTokenTypes.Folded);

    /// <summary>The query-mode keys, one per word.</summary>
    public static string[] QueryKeys(string text) => [.. TokenStreamAssert.Tokens(Query, text).Select(t => t.Term)];

    private static string[] TermsOf(string text, string tier) => [.. Tokens(text).Where(t => t.Type == tier).Select(t => t.Term)];
}
