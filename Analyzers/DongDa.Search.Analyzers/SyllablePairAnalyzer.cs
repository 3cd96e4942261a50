using Lucene.Net.Analysis;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Keys a text by its pairs of consecutive syllables, folded (<see cref="SyllablePairFilter"/>): the index field that
/// rewards query words found side by side. Words are spelled as <see cref="VietnameseAnalyzer"/> spells them (NFC, lower
/// case, one tone placement, one i/y), so a pair key is always the two folded keys of that analyzer joined by a space.
/// </summary>
/// <remarks>
/// A field of its own rather than more tokens in the word fields: a pair needs no position (it is already a phrase of
/// two), and postings without positions keep the index and the indexing time small.
/// </remarks>
public sealed class SyllablePairAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new VietnameseNormalizingCharFilter(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var (tokenizer, words) = VietnameseSpelling.Words(reader);
        return new TokenStreamComponents(tokenizer, new SyllablePairFilter(words));
    }
}
