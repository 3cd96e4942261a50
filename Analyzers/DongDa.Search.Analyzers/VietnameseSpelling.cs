using Lucene.Net.Analysis;

namespace DongDa.Search.Analyzers;

/// <summary>
/// The start of every DongDa.Search analyzer: words as the tokenizer finds them, in one canonical spelling (lower case,
/// syllables run together read apart, both horns of ươ, one tone placement, one i/y). Shared so that the word keys and the syllable pair keys can never spell a word apart.
/// </summary>
internal static class VietnameseSpelling
{
    /// <summary>The tokenizer over <paramref name="reader"/> (already normalized by the char filter) and the spelling filters on it.</summary>
    public static (Tokenizer Source, TokenStream Words) Words(TextReader reader)
    {
        var tokenizer = new VietnameseTokenizer(reader);
        TokenStream stream = new LetterCaseFilter(tokenizer);
        stream = new JoinedSyllableFilter(stream);
        stream = new HornSlipFilter(stream);
        stream = new ToneMarkNormalizationFilter(stream);
        stream = new SpellingVariantFilter(stream);
        return (tokenizer, stream);
    }
}
