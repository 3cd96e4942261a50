using Lucene.Net.Analysis;

namespace DongDa.Search.Analyzers;

/// <summary>Gives the i/y spellings after a consonant one key (<see cref="SpellingVariantNormalizer"/>: lý → lí).</summary>
public sealed class SpellingVariantFilter : WordRewriteFilter
{
    /// <summary>Wraps <paramref name="input"/>, which must already be lower case.</summary>
    public SpellingVariantFilter(TokenStream input) : base(input)
    {
    }

    /// <inheritdoc />
    protected override void Rewrite(Span<char> word) => SpellingVariantNormalizer.Normalize(word);
}
