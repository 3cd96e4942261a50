using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Base of the filters that rewrite each word token in place by one spelling rule of the same length (tone placement,
/// i/y). Numbers, dates, addresses and abbreviations pass untouched.
/// </summary>
public abstract class WordRewriteFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    /// <summary>Wraps <paramref name="input"/>, which must already be lower case.</summary>
    protected WordRewriteFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public sealed override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_type.Type == VietnameseTokenTypes.Word)
        {
            Rewrite(_term.Buffer.AsSpan(0, _term.Length));
        }
        return true;
    }

    /// <summary>Applies the rule to one lower-case word.</summary>
    protected abstract void Rewrite(Span<char> word);
}
