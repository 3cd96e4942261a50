using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Replaces a stream of words by each word after the two before it in its run, as written, lower case, joined by
/// spaces ("Thành phố Hồ Chí Minh" → <c>^ ^ thành</c>, <c>^ thành phố</c>, <c>thành phố hồ</c>, <c>phố hồ chí</c>,
/// <c>hồ chí minh</c>, <c>chí minh $</c>), with the run's start (<see cref="RunStart"/>) and end (<see cref="RunEnd"/>)
/// standing in where the run has no word. Runs break where pairs break (<see cref="SyllableRun"/>).
/// </summary>
/// <remarks>
/// What a pair cannot tell the accent restorer, the word before it often can: <c>tin vắn</c> and <c>tin văn</c> are both
/// pairs, <c>bản tin vắn</c> decides; and how a headline starts or ends is a context of its own (<c>^ ^ dầu</c>).
/// Keys start with their two words of history, so the index's term dictionary lists every word written after a pair of
/// readings, with its count, in one range (<see cref="HistoryPrefix"/>).
/// </remarks>
public sealed class SyllableTripleFilter : TokenFilter
{
    /// <summary>Stands for the start of a run, before its first word (<c>^ ^ tin</c>, <c>^ tin vắn</c>).</summary>
    public const string RunStart = "^";

    /// <summary>Stands for the end of a run, after its last word (<c>tin vắn $</c>).</summary>
    public const string RunEnd = "$";

    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IOffsetAttribute _offset;
    private readonly IFlagsAttribute _flags;
    private readonly char[] _first = new char[SyllablePairFilter.MaxWordLength];
    private readonly char[] _second = new char[SyllablePairFilter.MaxWordLength];
    private int _firstLength;
    private int _secondLength;
    private int _firstStart;
    private int _secondStart;
    private int _secondEnd;

    /// <summary>Words of the current run so far (0 when none is open).</summary>
    private int _runLength;

    /// <summary>The token that ended a run, held while the run's end is given.</summary>
    private State? _pending;

    private bool _exhausted;

    /// <summary>Wraps <paramref name="input"/>: lower-case words in their canonical spelling (tone placement, i/y).</summary>
    public SyllableTripleFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    /// <summary>The key of three consecutive words, given their exact keys (lower case, canonical spelling) or the run's marks.</summary>
    public static string Key(string first, string second, string third)
        => string.Join(SyllablePairFilter.Separator, first, second, third);

    /// <summary>What the key of every triple starting with <paramref name="first"/> <paramref name="second"/> starts with.</summary>
    public static string HistoryPrefix(string first, string second)
        => string.Concat(first, SyllablePairFilter.Separator.ToString(), second, SyllablePairFilter.Separator.ToString());

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        while (true)
        {
            if (_pending is not null)
            {
                RestoreState(_pending);
                _pending = null;
            }
            else if (_exhausted || !m_input.IncrementToken())
            {
                _exhausted = true;
                return _runLength > 0 && EndRun();
            }
            var step = SyllableRun.Step(_term, _type, _positionIncrement, _flags);
            if (step != SyllableRunStep.Continues && _runLength > 0)
            {
                _pending = CaptureState();
                return EndRun();
            }
            if (step == SyllableRunStep.Breaks)
            {
                continue;
            }
            var (length, start, end) = (_term.Length, _offset.StartOffset, _offset.EndOffset);
            // The history of this word: the two words before it in the run, or the run's start in their place.
            var history = _runLength switch
            {
                0 => string.Concat(RunStart, " ", RunStart, " "),
                1 => string.Concat(RunStart, " ", _second.AsSpan(0, _secondLength), " "),
                _ => string.Concat(_first.AsSpan(0, _firstLength), " ", _second.AsSpan(0, _secondLength), " "),
            };
            var from = _runLength >= 2 ? _firstStart : _runLength == 1 ? _secondStart : start;
            _second.AsSpan(0, _secondLength).CopyTo(_first);
            (_firstLength, _firstStart) = (_secondLength, _secondStart);
            _term.Buffer.AsSpan(0, length).CopyTo(_second);
            (_secondLength, _secondStart, _secondEnd) = (length, start, end);
            _runLength++;
            Emit(history, _second.AsSpan(0, length), from, end);
            return true;
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        (_runLength, _pending, _exhausted) = (0, null, false);
    }

    /// <summary>Gives the end of the current run (<c>tin vắn $</c>) and closes it.</summary>
    private bool EndRun()
    {
        var history = _runLength == 1
            ? string.Concat(RunStart, " ", _second.AsSpan(0, _secondLength), " ")
            : string.Concat(_first.AsSpan(0, _firstLength), " ", _second.AsSpan(0, _secondLength), " ");
        ClearAttributes();
        Emit(history, RunEnd, _runLength == 1 ? _secondStart : _firstStart, _secondEnd);
        _runLength = 0;
        return true;
    }

    private void Emit(string history, ReadOnlySpan<char> next, int start, int end)
    {
        var buffer = _term.ResizeBuffer(history.Length + next.Length);
        history.CopyTo(buffer);
        next.CopyTo(buffer.AsSpan(history.Length));
        _term.Length = history.Length + next.Length;
        _type.Type = VietnameseTokenTypes.Triple;
        _positionIncrement.PositionIncrement = 1;
        _offset.SetOffset(start, end);
    }
}
