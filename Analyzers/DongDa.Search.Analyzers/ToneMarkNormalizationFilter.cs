using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>Rewrites each lower-case word to the canonical tone placement of <see cref="ToneMarkNormalizer"/> (hoà → hòa).</summary>
public sealed class ToneMarkNormalizationFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    /// <summary>Wraps <paramref name="input"/>, which must already be lower case.</summary>
    public ToneMarkNormalizationFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (ReferenceEquals(_type.Type, VietnameseTokenTypes.Word) || _type.Type == VietnameseTokenTypes.Word)
        {
            ToneMarkNormalizer.Normalize(_term.Buffer.AsSpan(0, _term.Length));
        }
        return true;
    }
}
