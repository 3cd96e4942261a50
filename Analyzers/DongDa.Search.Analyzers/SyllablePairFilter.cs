using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Replaces a stream of words by the pairs of consecutive syllables: their folded forms joined by a space
/// ("Dân vận khéo" → <c>dan van</c>, <c>van kheo</c>), each with the offsets from its first to its second word.
/// </summary>
/// <remarks>
/// Most Vietnamese words are two syllables written apart, so a pair is the nearest thing to a word the text shows
/// without a dictionary. Indexed as a term, a pair is found by one postings lookup with its own IDF, instead of a
/// phrase query over two very common syllables; folded, it tells apart words that lose their marks ("ban hanh" is
/// ban hành, "ban" alone is any of bàn, bán, bạn…). Only letter words separated by white space pair up: punctuation
/// (<see cref="VietnameseTokenizer.AfterPunctuationFlag"/>), a number, a date or an address between two words breaks
/// the pair, and so does a run of letters longer than <see cref="MaxWordLength"/>.
/// </remarks>
public sealed class SyllablePairFilter : TokenFilter
{
    /// <summary>Joins the two folded syllables of a pair key; never part of a word key.</summary>
    public const char Separator = ' ';

    /// <summary>
    /// Longest word that pairs. A Vietnamese syllable has at most seven letters; the margin keeps loanwords and names,
    /// while runs of letters that are no word at all (a pasted hash, a line of underscores) stay out of the pairs.
    /// </summary>
    public const int MaxWordLength = 15;

    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IOffsetAttribute _offset;
    private readonly IFlagsAttribute _flags;
    private readonly char[] _previous = new char[MaxWordLength];
    private int _previousLength;
    private int _previousStart;

    /// <summary>Wraps <paramref name="input"/>: lower-case words in their canonical spelling (tone placement, i/y).</summary>
    public SyllablePairFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    /// <summary>
    /// Whether a word (lower case or folded) is one that pairs: letters first, then letters and digits only (what the
    /// tokenizer calls a <see cref="VietnameseTokenTypes.Word"/>: letters, digits and combining marks; so an address never
    /// pairs, in the index or in a query), at most <see cref="MaxWordLength"/> long.
    /// </summary>
    public static bool CanPair(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength || !char.IsLetter(word[0]))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The pair key of two consecutive words, given their folded keys (the index's <c>folded</c> tier).</summary>
    public static string Key(string first, string second) => string.Concat(first, Separator.ToString(), second);

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_positionIncrement.PositionIncrement > 1 || !IsSyllable())
            {
                _previousLength = 0;
                continue;
            }
            if ((_flags.Flags & VietnameseTokenizer.AfterPunctuationFlag) != 0)
            {
                _previousLength = 0;
            }
            var length = _term.Length;
            var offset = _previousLength > 0 ? _previousLength + 1 : 0;
            var buffer = _term.ResizeBuffer(offset + length);
            if (offset > 0)
            {
                // The word moves right behind the previous one: "van" → "dan van".
                Array.Copy(buffer, 0, buffer, offset, length);
                Array.Copy(_previous, buffer, _previousLength);
                buffer[_previousLength] = Separator;
            }
            var word = buffer.AsSpan(offset, length);
            for (var i = 0; i < word.Length; i++)
            {
                word[i] = VietnameseLetters.Fold(word[i]);
            }
            word.CopyTo(_previous);
            _previousLength = length;
            var pairStart = _previousStart;
            _previousStart = _offset.StartOffset;
            if (offset == 0)
            {
                continue;
            }
            _term.Length = offset + length;
            _type.Type = VietnameseTokenTypes.Pair;
            _positionIncrement.PositionIncrement = 1;
            _offset.SetOffset(pairStart, _offset.EndOffset);
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _previousLength = 0;
    }

    private bool IsSyllable() => _type.Type == VietnameseTokenTypes.Word && CanPair(_term.Buffer.AsSpan(0, _term.Length));
}
