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
    // The two words before the next one in the run (the run's start standing in, offset -1, until there are two),
    // and a third array for the word being read; the three rotate.
    private char[] _first = new char[SyllablePairFilter.MaxWordLength];
    private char[] _second = new char[SyllablePairFilter.MaxWordLength];
    private char[] _next = new char[SyllablePairFilter.MaxWordLength];
    private int _firstLength;
    private int _secondLength;
    private int _firstStart;
    private int _secondStart;
    private int _secondEnd;

    /// <summary>Whether a run is open (it has a word whose run's end is still to give).</summary>
    private bool _inRun;

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
                return _inRun && EndRun();
            }
            var step = SyllableRun.Step(_term, _type, _positionIncrement, _flags);
            if (step != SyllableRunStep.Continues && _inRun)
            {
                _pending = CaptureState();
                return EndRun();
            }
            if (step == SyllableRunStep.Breaks)
            {
                continue;
            }
            var (length, start, end) = (_term.Length, _offset.StartOffset, _offset.EndOffset);
            if (!_inRun)
            {
                (_firstLength, _firstStart) = (StartMark(_first), -1);
                (_secondLength, _secondStart) = (StartMark(_second), -1);
                _inRun = true;
            }
            _term.Buffer.AsSpan(0, length).CopyTo(_next);
            Emit(_next.AsSpan(0, length), _firstStart >= 0 ? _firstStart : _secondStart >= 0 ? _secondStart : start, end);
            // The run moves on by one word: the second becomes the first, this word the second.
            (_first, _second, _next) = (_second, _next, _first);
            (_firstLength, _firstStart) = (_secondLength, _secondStart);
            (_secondLength, _secondStart, _secondEnd) = (length, start, end);
            return true;
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        (_inRun, _pending, _exhausted) = (false, null, false);
    }

    /// <summary>Gives the end of the current run (<c>tin vắn $</c>) and closes it.</summary>
    private bool EndRun()
    {
        ClearAttributes();
        Emit(RunEnd, _firstStart >= 0 ? _firstStart : _secondStart, _secondEnd);
        _inRun = false;
        return true;
    }

    /// <summary>Writes <see cref="RunStart"/> into <paramref name="word"/> and returns its length.</summary>
    private static int StartMark(char[] word)
    {
        RunStart.CopyTo(word);
        return RunStart.Length;
    }

    /// <summary>The term "first second <paramref name="next"/>", from the run's two words (or marks) before it.</summary>
    private void Emit(ReadOnlySpan<char> next, int start, int end)
    {
        var length = _firstLength + 1 + _secondLength + 1 + next.Length;
        var buffer = _term.ResizeBuffer(length).AsSpan();
        _first.AsSpan(0, _firstLength).CopyTo(buffer);
        buffer[_firstLength] = SyllablePairFilter.Separator;
        _second.AsSpan(0, _secondLength).CopyTo(buffer[(_firstLength + 1)..]);
        buffer[_firstLength + 1 + _secondLength] = SyllablePairFilter.Separator;
        next.CopyTo(buffer[(_firstLength + _secondLength + 2)..]);
        _term.Length = length;
        _type.Type = VietnameseTokenTypes.Triple;
        _positionIncrement.PositionIncrement = 1;
        _offset.SetOffset(start, end);
    }
}
