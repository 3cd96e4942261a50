using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Keeps, of the pairs of <see cref="SyllablePairFilter"/>, the folded pairs of two words each written with a capital
/// first letter (<see cref="LetterCaseFilter.CapitalizedFlag"/>): "quận Thanh Xuân" gives <c>thanh xuan</c>, "tuổi
/// thanh xuân" nothing. Vietnamese writes every syllable of a proper name so, and only those.
/// </summary>
public sealed class NamePairFilter : FilteringTokenFilter
{
    private readonly ITypeAttribute _type;
    private readonly IFlagsAttribute _flags;

    /// <summary>Wraps <paramref name="input"/>, a <see cref="SyllablePairFilter"/>.</summary>
    public NamePairFilter(TokenStream input) : base(VietnameseAnalyzer.MatchVersion, input)
    {
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    /// <inheritdoc />
    protected override bool Accept()
        => _type.Type == VietnameseTokenTypes.Pair && (_flags.Flags & LetterCaseFilter.CapitalizedFlag) != 0;
}
