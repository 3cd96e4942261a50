using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Keys unit tokens so that their other spellings find them: dates get their ISO form (13-12-2019 → 2019-12-13) and,
/// at index time, their year, month and day-month as parts; numbers lose their thousands dots (1.081 → 1081); times get
/// two-digit hours; dotted abbreviations are joined (TP.HCM → tphcm) with their letter groups as parts.
/// </summary>
public sealed class UnitNormalizationFilter : TokenFilter
{
    private readonly VietnameseAnalyzerMode _mode;
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly Queue<(string Term, string Type)> _pending = new();
    private State? _state;

    /// <summary>Wraps <paramref name="input"/> (lower case) for <paramref name="mode"/>.</summary>
    public UnitNormalizationFilter(TokenStream input, VietnameseAnalyzerMode mode) : base(input)
    {
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_state);
            var (term, type) = _pending.Dequeue();
            _term.SetEmpty().Append(term);
            _type.Type = type;
            _positionIncrement.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var kind = _type.Type;
        if (kind == VietnameseTokenTypes.Date)
        {
            KeyDate();
        }
        else if (kind == VietnameseTokenTypes.Number)
        {
            if (NumberKeys.TryNormalizeNumber(_term.Buffer.AsSpan(0, _term.Length), out var key))
            {
                Add(key, VietnameseTokenTypes.NormalizedNumber);
            }
        }
        else if (kind == VietnameseTokenTypes.Time)
        {
            if (NumberKeys.TryNormalizeTime(_term.Buffer.AsSpan(0, _term.Length), out var key))
            {
                Add(key, VietnameseTokenTypes.NormalizedNumber);
            }
        }
        else if (kind == VietnameseTokenTypes.Abbreviation)
        {
            var dotted = _term.ToString();
            _term.SetEmpty().Append(dotted.Replace(".", "", StringComparison.Ordinal));
            if (_mode == VietnameseAnalyzerMode.Index)
            {
                foreach (var part in dotted.Split('.'))
                {
                    _pending.Enqueue((part, VietnameseTokenTypes.Part));
                }
            }
        }

        if (_pending.Count > 0)
        {
            _state = CaptureState();
        }
        return true;
    }

    private void KeyDate()
    {
        if (!DateKeys.TryNormalize(_term.Buffer.AsSpan(0, _term.Length), out var key))
        {
            return;
        }
        Add(key, VietnameseTokenTypes.NormalizedDate);
        if (_mode == VietnameseAnalyzerMode.Index && key.Length == 10)
        {
            foreach (var part in DateKeys.Parts(key))
            {
                _pending.Enqueue((part, VietnameseTokenTypes.Part));
            }
        }
    }

    /// <summary>In index mode the normalized key is stacked; in query mode it replaces the token as typed.</summary>
    private void Add(string key, string tier)
    {
        if (_mode == VietnameseAnalyzerMode.Query)
        {
            _term.SetEmpty().Append(key);
            _type.Type = tier;
        }
        else if (!_term.ToString().Equals(key, StringComparison.Ordinal))
        {
            _pending.Enqueue((key, tier));
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }
}
