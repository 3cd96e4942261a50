using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Splits Vietnamese text into syllables and unit tokens: numbers in Vietnamese notation (1.081, 3,5, 462/510),
/// dates (13/12/2019, 13-12-2019), times (17:44), dotted abbreviations (TP.HCM), e-mail and web addresses.
/// Letters with combining marks stay inside their word. Never throws on malformed text.
/// </summary>
public sealed class VietnameseTokenizer : Tokenizer
{
    /// <summary>Longer runs are cut into pieces of this length (the Lucene default for a term).</summary>
    public const int MaxTokenLength = 255;

    /// <summary>
    /// Flag (<see cref="IFlagsAttribute"/>) of a token separated from the one before by more than white space: a comma,
    /// a full stop, a quote, a dash. Words on either side of punctuation belong to different phrases.
    /// </summary>
    public const int AfterPunctuationFlag = 1;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IFlagsAttribute _flags;

    private char[] _buffer = new char[4096];
    private int _length;
    private int _position;
    private bool _filled;

    /// <summary>Creates a tokenizer reading <paramref name="input"/>.</summary>
    public VietnameseTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!_filled)
        {
            Fill();
        }
        var buf = _buffer;
        var pos = _position;
        var afterPunctuation = false;
        while (pos < _length && !char.IsLetterOrDigit(buf[pos]))
        {
            afterPunctuation |= !char.IsWhiteSpace(buf[pos]);
            pos++;
        }
        if (pos >= _length)
        {
            _position = pos;
            return false;
        }

        var start = pos;
        var (end, type) = Scan(start);
        if (end - start > MaxTokenLength)
        {
            end = start + MaxTokenLength;
            if (char.IsHighSurrogate(buf[end - 1]))
            {
                end--;
            }
        }
        _position = end;
        _term.CopyBuffer(buf, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = type;
        _positionIncrement.PositionIncrement = 1;
        if (afterPunctuation)
        {
            _flags.Flags = AfterPunctuationFlag;
        }
        return true;
    }

    private (int End, string Type) Scan(int start)
    {
        var buf = _buffer;
        if (StartsUrl(start))
        {
            return (ScanUrl(start), VietnameseTokenTypes.Url);
        }
        var end = ScanWord(start);
        if (end < _length && IsEmailChar(buf[end]) && TryScanEmail(start, out var emailEnd))
        {
            return (emailEnd, VietnameseTokenTypes.Email);
        }
        if (IsAllDigits(start, end))
        {
            return ScanNumber(start, end);
        }
        if (IsUpperRun(start, end) && end + 1 < _length && buf[end] == '.' && char.IsUpper(buf[end + 1]))
        {
            var next = ScanWord(end + 1);
            if (IsUpperRun(end + 1, next))
            {
                end = next;
                while (end + 1 < _length && buf[end] == '.' && char.IsUpper(buf[end + 1]))
                {
                    next = ScanWord(end + 1);
                    if (!IsUpperRun(end + 1, next))
                    {
                        break;
                    }
                    end = next;
                }
                return (end, VietnameseTokenTypes.Abbreviation);
            }
        }
        return (end, VietnameseTokenTypes.Word);
    }

    /// <summary>Letters, digits and the combining marks that follow them.</summary>
    private int ScanWord(int pos)
    {
        var buf = _buffer;
        while (pos < _length && (char.IsLetterOrDigit(buf[pos]) || IsMark(buf[pos])))
        {
            pos++;
        }
        return pos;
    }

    /// <summary>Digit groups joined by . , / - : (each separator followed by a digit); classified by shape.</summary>
    private (int End, string Type) ScanNumber(int start, int end)
    {
        var buf = _buffer;
        char separator = '\0';
        var mixed = false;
        var groups = 1;
        while (end + 1 < _length && buf[end] is '.' or ',' or '/' or '-' or ':' && char.IsAsciiDigit(buf[end + 1]))
        {
            var next = end + 1;
            while (next < _length && char.IsAsciiDigit(buf[next]))
            {
                next++;
            }
            // A digit run glued to letters ("2019-5G") ends the number before the separator.
            if (next < _length && char.IsLetter(buf[next]))
            {
                break;
            }
            if (separator == '\0')
            {
                separator = buf[end];
            }
            else if (separator != buf[end])
            {
                mixed = true;
            }
            groups++;
            end = next;
        }
        if (end < _length && char.IsLetter(buf[end]))
        {
            return (ScanWord(end), VietnameseTokenTypes.Word);
        }
        if (groups == 1)
        {
            return (end, VietnameseTokenTypes.Number);
        }
        var text = buf.AsSpan(start, end - start);
        if (!mixed && separator == ':' && groups <= 3)
        {
            return (end, VietnameseTokenTypes.Time);
        }
        if (!mixed && DateKeys.TryNormalize(text, out _))
        {
            return (end, VietnameseTokenTypes.Date);
        }
        // "30-4" or "1975-2025" with a hyphen read as a range of two numbers: split at the hyphen.
        if (separator == '-' && !mixed)
        {
            var hyphen = text.IndexOf('-');
            return (start + hyphen, VietnameseTokenTypes.Number);
        }
        return (end, VietnameseTokenTypes.Number);
    }

    private bool StartsUrl(int pos)
    {
        var rest = _buffer.AsSpan(pos, _length - pos);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private int ScanUrl(int pos)
    {
        var buf = _buffer;
        while (pos < _length && !char.IsWhiteSpace(buf[pos]) && buf[pos] is not ('"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}' or '“' or '”'))
        {
            pos++;
        }
        // Sentence punctuation after an address is not part of it.
        while (buf[pos - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            pos--;
        }
        return pos;
    }

    private static bool IsEmailChar(char c) => c is '@' or '.' or '_' or '-' or '+' or '%';

    private bool TryScanEmail(int start, out int end)
    {
        var buf = _buffer;
        end = start;
        var at = start;
        while (at < _length && (char.IsAsciiLetterOrDigit(buf[at]) || buf[at] is '.' or '_' or '-' or '+' or '%'))
        {
            at++;
        }
        if (at >= _length || buf[at] != '@' || at == start)
        {
            return false;
        }
        var pos = at + 1;
        while (pos < _length && (char.IsAsciiLetterOrDigit(buf[pos]) || buf[pos] is '-' or '.'))
        {
            pos++;
        }
        while (pos > at + 1 && buf[pos - 1] is '.' or '-')
        {
            pos--;
        }
        // The domain needs a dot with a label on both sides.
        var lastDot = buf.AsSpan(at + 1, pos - at - 1).LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }
        end = pos;
        return true;
    }

    private bool IsAllDigits(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(_buffer[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Capital letters (and digits), at most four: the shape of TP, HCM, HĐND. A longer run is a word in capitals
    /// (NETSKY.X) and is keyed as in mixed case (NetSky.X), so that a query typed in capitals finds the same text.
    /// </summary>
    private bool IsUpperRun(int start, int end)
    {
        if (end - start is < 1 or > 4 || !char.IsUpper(_buffer[start]))
        {
            return false;
        }
        for (var i = start; i < end; i++)
        {
            var c = _buffer[i];
            if (!char.IsUpper(c) && !char.IsAsciiDigit(c) && !IsMark(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsMark(char c)
        => c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private void Fill()
    {
        _length = 0;
        while (true)
        {
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            var read = m_input.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0)
            {
                break;
            }
            _length += read;
        }
        _filled = true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _position = 0;
        _filled = false;
        if (_buffer.Length > 1 << 16)
        {
            _buffer = new char[4096];
        }
    }
}
