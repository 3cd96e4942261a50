using DongDa.Search.Analyzers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace DongDa.Search.Schema;

/// <summary>Which analyzer keys which field of the index.</summary>
public static class ArticleAnalysis
{
    /// <summary>The fields keyed by the Vietnamese analyzer; every other field holds exact values.</summary>
    public static IReadOnlyList<string> TextFields { get; } = [ArticleFields.Title, ArticleFields.Summary, ArticleFields.Body];

    /// <summary>
    /// The analyzer the index is written with: <see cref="VietnameseAnalyzer"/> (index mode) for title, summary
    /// and body, <see cref="SyllablePairAnalyzer"/> for their syllable pairs, <see cref="NamePairAnalyzer"/> for the pairs
    /// written as names, <see cref="SyllableTripleAnalyzer"/> for the
    /// triples of title and summary, the whole value as one key for the rest.
    /// </summary>
    public static Analyzer CreateIndexAnalyzer()
    {
        var vietnamese = new VietnameseAnalyzer();
        var analyzers = TextFields.ToDictionary(field => field, Analyzer (_) => vietnamese);
        analyzers[ArticleFields.Pairs] = new SyllablePairAnalyzer();
        analyzers[ArticleFields.Names] = new NamePairAnalyzer();
        analyzers[ArticleFields.Triples] = new SyllableTripleAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), analyzers);
    }
}
