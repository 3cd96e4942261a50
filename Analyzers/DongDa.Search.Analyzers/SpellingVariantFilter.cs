using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>Gives the i/y spellings after a consonant one key (<see cref="SpellingVariantNormalizer"/>: lý → lí).</summary>
public sealed class SpellingVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    /// <summary>Wraps <paramref name="input"/>, which must already be lower case.</summary>
    public SpellingVariantFilter(TokenStream input) : base(input)
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
        if (_type.Type == VietnameseTokenTypes.Word)
        {
            SpellingVariantNormalizer.Normalize(_term.Buffer.AsSpan(0, _term.Length));
        }
        return true;
    }
}
