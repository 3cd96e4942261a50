using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Adds the folded key (every mark removed, đ → d) of each word and names the tier of every token.
/// In index mode a word with diacritics gives its exact key, then the folded key at the same position; a word without
/// diacritics gives one key, tier <c>folded</c>. In query mode each word keeps one key: exact if it has diacritics.
/// </summary>
public sealed class DiacriticFoldingFilter : TokenFilter
{
    private readonly VietnameseAnalyzerMode _mode;
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private bool _foldedPending;
    private bool _unmarkedExactPending;

    /// <summary>Wraps <paramref name="input"/> for <paramref name="mode"/>.</summary>
    public DiacriticFoldingFilter(TokenStream input, VietnameseAnalyzerMode mode) : base(input)
    {
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_foldedPending)
        {
            // The attributes still hold the exact token just returned: fold it in place rather than capture and
            // restore the whole state, which is the costliest step on this hot path.
            _foldedPending = false;
            Fold(_term.Buffer.AsSpan(0, _term.Length));
            _type.Type = VietnameseTokenTypes.Folded;
            _positionIncrement.PositionIncrement = 0;
            return true;
        }
        if (_unmarkedExactPending)
        {
            // The attributes still hold the folded key of a word written without marks: its exact key is the same
            // letters behind the marker, so a query typed with accents can ask for the word exactly as written.
            _unmarkedExactPending = false;
            var length = _term.Length;
            var buffer = _term.ResizeBuffer(length + 1);
            Array.Copy(buffer, 0, buffer, 1, length);
            buffer[0] = VietnameseAnalyzer.UnmarkedExactPrefix;
            _term.Length = length + 1;
            _type.Type = VietnameseTokenTypes.Exact;
            _positionIncrement.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var span = _term.Buffer.AsSpan(0, _term.Length);
        var isTier = _type.Type.Length == 0 || _type.Type[0] != '<';
        if (isTier)
        {
            // Normalized forms and parts are matched as typed in the folded space.
            Fold(span);
            return true;
        }
        if (!VietnameseText.IsExactKey(span))
        {
            if (_mode == VietnameseAnalyzerMode.Index && IsLetterWord(span))
            {
                _unmarkedExactPending = true;
            }
            _type.Type = VietnameseTokenTypes.Folded;
            return true;
        }
        _type.Type = VietnameseTokenTypes.Exact;
        if (_mode == VietnameseAnalyzerMode.Index)
        {
            _foldedPending = true;
        }
        return true;
    }

    /// <summary>Words, not numbers or addresses: only a word can be typed with or without accents.</summary>
    private bool IsLetterWord(ReadOnlySpan<char> term)
        => (_type.Type == VietnameseTokenTypes.Word || _type.Type == VietnameseTokenTypes.Abbreviation)
            && term.Length > 0 && char.IsLetter(term[0]);

    private static void Fold(Span<char> term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            term[i] = VietnameseLetters.Fold(term[i]);
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _foldedPending = false;
        _unmarkedExactPending = false;
    }
}
