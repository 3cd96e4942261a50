using Lucene.Net.Analysis;

namespace DongDa.Search.Analyzers;

/// <summary>Rewrites each lower-case word with the horn of <c>ươ</c> put back where one was left off (<see cref="HornSlipNormalizer"/>: ngưòi → người).</summary>
public sealed class HornSlipFilter : WordRewriteFilter
{
    /// <summary>Wraps <paramref name="input"/>, which must already be lower case.</summary>
    public HornSlipFilter(TokenStream input) : base(input)
    {
    }

    /// <inheritdoc />
    protected override void Rewrite(Span<char> word) => HornSlipNormalizer.Normalize(word);
}
