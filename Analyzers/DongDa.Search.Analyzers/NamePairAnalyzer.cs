using Lucene.Net.Analysis;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Keys a text by the pairs of its names (<see cref="NamePairFilter"/>): the folded pair of two neighbouring words each
/// written with a capital first letter, by the same pair rule and spelling as <see cref="SyllablePairAnalyzer"/>.
/// </summary>
public sealed class NamePairAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new VietnameseNormalizingCharFilter(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var (tokenizer, words) = VietnameseSpelling.Words(reader);
        return new TokenStreamComponents(tokenizer, new NamePairFilter(new SyllablePairFilter(words)));
    }
}
