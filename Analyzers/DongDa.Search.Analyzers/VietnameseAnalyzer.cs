using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace DongDa.Search.Analyzers;

/// <summary>
/// The Vietnamese analyzer: one exact key and one folded key per word, at one position, with offsets into the
/// original text, however the word was typed (NFC or NFD, hoà or hòa, lý or lí, any case).
/// </summary>
/// <remarks>
/// Chain: <see cref="VietnameseNormalizingCharFilter"/> → <see cref="VietnameseTokenizer"/> → <see cref="LetterCaseFilter"/> →
/// <see cref="JoinedSyllableFilter"/> → <see cref="ToneMarkNormalizationFilter"/> → <see cref="SpellingVariantFilter"/> → <see cref="UnitNormalizationFilter"/>
/// → <see cref="DiacriticFoldingFilter"/>. No stop words are removed: Vietnamese function words are also parts of
/// searchable phrases, and BM25 already gives them little weight (see the README).
/// </remarks>
public sealed class VietnameseAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility version used throughout DongDa.Search.</summary>
    public const LuceneVersion MatchVersion = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Version of the keys this analyzer produces. An index records it; a change of keys changes it, and an index built
    /// with another version must be rebuilt.
    /// </summary>
    public const string Version = "vi-analyzer-4";

    /// <summary>
    /// Marks the exact key of a word written without any mark ("ban" → "=ban"), so that it differs from the folded key
    /// of bàn, bản, bạn. A query typed with accents can then ask for its unmarked words exactly as written.
    /// </summary>
    public const char UnmarkedExactPrefix = '=';

    /// <summary>Creates an analyzer for <paramref name="mode"/> (index by default).</summary>
    public VietnameseAnalyzer(VietnameseAnalyzerMode mode = VietnameseAnalyzerMode.Index)
    {
        Mode = mode;
    }

    /// <summary>Whether this instance keys index text or query text.</summary>
    public VietnameseAnalyzerMode Mode { get; }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new VietnameseNormalizingCharFilter(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var (tokenizer, stream) = VietnameseSpelling.Words(reader);
        stream = new UnitNormalizationFilter(stream, Mode);
        stream = new DiacriticFoldingFilter(stream, Mode);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
