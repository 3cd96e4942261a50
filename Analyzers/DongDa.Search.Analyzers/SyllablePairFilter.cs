using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Replaces a stream of words by the pairs of consecutive syllables: their folded forms joined by a space
/// ("Dân vận khéo" → <c>dan van</c>, <c>van kheo</c>), each with the offsets from its first to its second word, and,
/// at the same position, the reading the text wrote (<c>dan van|dân vận</c>) when the pair has diacritics.
/// </summary>
/// <remarks>
/// Most Vietnamese words are two syllables written apart, so a pair is the nearest thing to a word the text shows
/// without a dictionary. Indexed as a term, a pair is found by one postings lookup with its own IDF, instead of a
/// phrase query over two very common syllables; folded, it tells apart words that lose their marks ("ban hanh" is
/// ban hành, "ban" alone is any of bàn, bán, bạn…). The reading key tells apart the words that fold alike (đồng bộ,
/// động bộ) and, because it starts with the folded key, the index's own term dictionary lists every reading of a
/// folded pair with its frequency. Only letter words separated by white space pair up: punctuation
/// (<see cref="VietnameseTokenizer.AfterPunctuationFlag"/>), a number, a date or an address between two words breaks
/// the pair, and so does a run of letters longer than <see cref="MaxWordLength"/>. A folded pair of two words each
/// written with a capital first letter carries <see cref="LetterCaseFilter.CapitalizedFlag"/>: a name
/// (<see cref="NamePairFilter"/>).
/// </remarks>
public sealed class SyllablePairFilter : TokenFilter
{
    /// <summary>Joins the two syllables of a pair key; never part of a word key.</summary>
    public const char Separator = ' ';

    /// <summary>Joins the folded key of a pair to its reading (<c>dong bo|đồng bộ</c>); never part of a word that pairs.</summary>
    public const char ReadingSeparator = '|';

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
    private readonly char[] _previousFolded = new char[MaxWordLength];
    private readonly char[] _reading = new char[(4 * MaxWordLength) + 3];
    private int _previousLength;
    private int _previousStart;
    private bool _previousCapitalized;
    private int _readingLength;

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

    /// <summary>
    /// The reading key of two consecutive words, given their exact keys (lower case, canonical spelling, with marks);
    /// null when neither has a diacritic, where the folded pair key is the reading.
    /// </summary>
    public static string? ReadingKey(string first, string second)
    {
        var exact = Key(first, second);
        return VietnameseLetters.HasMarks(exact) ? ReadingPrefix(VietnameseText.Fold(exact)) + exact : null;
    }

    /// <summary>What every reading key of the folded pair <paramref name="foldedPair"/> starts with.</summary>
    public static string ReadingPrefix(string foldedPair) => foldedPair + ReadingSeparator;

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_readingLength > 0)
        {
            // The reading of the pair just given, at the same position and offsets.
            _term.CopyBuffer(_reading, 0, _readingLength);
            _type.Type = VietnameseTokenTypes.PairReading;
            _positionIncrement.PositionIncrement = 0;
            _flags.Flags = 0;
            _readingLength = 0;
            return true;
        }
        while (m_input.IncrementToken())
        {
            var step = SyllableRun.Step(_term, _type, _positionIncrement, _flags);
            if (step != SyllableRunStep.Continues)
            {
                _previousLength = 0;
            }
            if (step == SyllableRunStep.Breaks)
            {
                continue;
            }
            var word = _term.Buffer.AsSpan(0, _term.Length);
            var hadPrevious = _previousLength > 0;
            if (hadPrevious)
            {
                PrepareReading(word);
            }
            var length = word.Length;
            word.CopyTo(_previous);
            for (var i = 0; i < length; i++)
            {
                _previousFolded[i] = VietnameseLetters.Fold(word[i]);
            }
            var previousLength = _previousLength;
            _previousLength = length;
            var capitalized = (_flags.Flags & LetterCaseFilter.CapitalizedFlag) != 0;
            var bothCapitalized = capitalized && _previousCapitalized;
            _previousCapitalized = capitalized;
            var pairStart = _previousStart;
            _previousStart = _offset.StartOffset;
            if (!hadPrevious)
            {
                continue;
            }
            // The folded pair: the reading's text before the separator.
            var buffer = _term.ResizeBuffer(previousLength + 1 + length);
            Array.Copy(_reading, buffer, previousLength + 1 + length);
            _term.Length = previousLength + 1 + length;
            _type.Type = VietnameseTokenTypes.Pair;
            _positionIncrement.PositionIncrement = 1;
            _flags.Flags = bothCapitalized ? LetterCaseFilter.CapitalizedFlag : 0;
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
        _readingLength = 0;
    }

    /// <summary>
    /// Writes "folded pair|exact pair" of the previous word and <paramref name="word"/> into the reading buffer; the
    /// reading is kept for the next call only when the pair has diacritics.
    /// </summary>
    private void PrepareReading(ReadOnlySpan<char> word)
    {
        var n = 0;
        for (var i = 0; i < _previousLength; i++)
        {
            _reading[n++] = _previousFolded[i];
        }
        _reading[n++] = Separator;
        var marked = false;
        foreach (var c in word)
        {
            var folded = VietnameseLetters.Fold(c);
            marked |= folded != c;
            _reading[n++] = folded;
        }
        for (var i = 0; i < _previousLength; i++)
        {
            marked |= _previous[i] != _previousFolded[i];
        }
        if (!marked)
        {
            _readingLength = 0;
            return;
        }
        _reading[n++] = ReadingSeparator;
        _previous.AsSpan(0, _previousLength).CopyTo(_reading.AsSpan(n));
        n += _previousLength;
        _reading[n++] = Separator;
        word.CopyTo(_reading.AsSpan(n));
        n += word.Length;
        _readingLength = n;
    }
}
