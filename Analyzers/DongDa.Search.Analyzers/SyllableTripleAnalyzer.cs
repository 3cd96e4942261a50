using Lucene.Net.Analysis;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Keys a text by its runs of three consecutive syllables as written (<see cref="SyllableTripleFilter"/>): counts for
/// the accent restorer's trigram level. Words are spelled as <see cref="VietnameseAnalyzer"/> spells them, and runs
/// break where pairs break (<see cref="SyllablePairFilter"/>), so a triple is always two overlapping pair readings.
/// </summary>
public sealed class SyllableTripleAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new VietnameseNormalizingCharFilter(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var (tokenizer, words) = VietnameseSpelling.Words(reader);
        return new TokenStreamComponents(tokenizer, new SyllableTripleFilter(words));
    }
}
