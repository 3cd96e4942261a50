using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>What a token of the word stream does to a run of consecutive syllables.</summary>
internal enum SyllableRunStep
{
    /// <summary>Not a syllable (a number, an address, a run of letters too long), or after a gap: the run ends, the token is skipped.</summary>
    Breaks,

    /// <summary>A syllable after punctuation: the run ends and a new one starts with it.</summary>
    Starts,

    /// <summary>A syllable right after the previous one: the run goes on.</summary>
    Continues,
}

/// <summary>
/// The one rule for which words run together, for the pairs (<see cref="SyllablePairFilter"/>) and the triples
/// (<see cref="SyllableTripleFilter"/>) alike: letter words separated by white space.
/// </summary>
internal static class SyllableRun
{
    /// <summary>What the current token does to the run.</summary>
    public static SyllableRunStep Step(ICharTermAttribute term, ITypeAttribute type, IPositionIncrementAttribute positionIncrement, IFlagsAttribute flags)
    {
        if (positionIncrement.PositionIncrement > 1 || type.Type != VietnameseTokenTypes.Word || !SyllablePairFilter.CanPair(term.Buffer.AsSpan(0, term.Length)))
        {
            return SyllableRunStep.Breaks;
        }
        return (flags.Flags & VietnameseTokenizer.AfterPunctuationFlag) != 0 ? SyllableRunStep.Starts : SyllableRunStep.Continues;
    }
}
