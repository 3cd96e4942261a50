using Lucene.Net.Analysis;

namespace DongDa.Search.Analyzers;

/// <summary>Rewrites each lower-case word to the canonical tone placement of <see cref="ToneMarkNormalizer"/> (hoà → hòa).</summary>
public sealed class ToneMarkNormalizationFilter : WordRewriteFilter
{
    /// <summary>Wraps <paramref name="input"/>, which must already be lower case.</summary>
    public ToneMarkNormalizationFilter(TokenStream input) : base(input)
    {
    }

    /// <inheritdoc />
    protected override void Rewrite(Span<char> word) => ToneMarkNormalizer.Normalize(word);
}
