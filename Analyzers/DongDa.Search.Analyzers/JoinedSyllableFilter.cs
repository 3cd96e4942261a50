using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Reads a word written as its syllables run together (<c>ôtô</c>, <c>ximăng</c>, <c>bêtông</c>, <c>Libăng</c>) as
/// those syllables, one position each, as the same word written apart (<c>ô tô</c>) is read: loanwords are written
/// both ways (the dev archive writes ôtô 2,543 times and ô tô 360), and a word whose space was lost is still its words.
/// </summary>
/// <remarks>
/// Only a word that is no syllable itself, has two runs of vowels, carries a mark of Vietnamese spelling beyond the
/// acute and grave of French and Spanish names (ă â ê ô ơ ư đ, the hook, the dot below or the tilde; <c>Verónica</c>
/// and <c>Napoléon</c> stay whole) and splits one way only into the fewest well-formed syllables, each after the first
/// starting with a consonant. The last rule keeps letters typed in the wrong order whole (<c>nguời</c> is người, not
/// ngu + ời); it also keeps whole a word whose later syllable starts with a vowel, which only a hyphen shows
/// (<c>kiốt</c>, ki-ốt; <c>Xêút</c>, whose vowels are one run, is not even looked at). Words without marks are never
/// split: English spells syllables too (<c>online</c>). Each syllable gets the word's flags and, when the text keeps the word's length, its
/// own offsets.
/// </remarks>
public sealed class JoinedSyllableFilter : TokenFilter
{
    /// <summary>The most syllables read out of one word (<c>sôcôla</c>, <c>kilômét</c>).</summary>
    private const int MaxSyllables = 4;

    /// <summary>The longest syllable (<c>nghiêng</c>).</summary>
    private const int MaxSyllableLength = 7;

    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly Queue<(string Syllable, int Start, int End)> _pending = new();
    private State? _word;

    /// <summary>Wraps <paramref name="input"/>, which must already be lower case.</summary>
    public JoinedSyllableFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_word);
            Emit(_pending.Dequeue());
            _positionIncrement.PositionIncrement = 1;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_type.Type != VietnameseTokenTypes.Word || Split(_term.Buffer.AsSpan(0, _term.Length)) is not { } ends)
        {
            return true;
        }

        var word = _term.ToString();
        var (start, end) = (_offset.StartOffset, _offset.EndOffset);
        // Offsets of each syllable only where the text holds the word as keyed (NFD text is longer): else the word's.
        var ownOffsets = end - start == word.Length;
        var from = 0;
        foreach (var to in ends)
        {
            _pending.Enqueue((word[from..to], ownOffsets ? start + from : start, ownOffsets ? start + to : end));
            from = to;
        }
        _word = CaptureState();
        Emit(_pending.Dequeue());
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _word = null;
    }

    /// <summary>
    /// Where each syllable of <paramref name="word"/> (lower case) ends, when it is syllables run together as described
    /// above; otherwise null.
    /// </summary>
    internal static int[]? Split(ReadOnlySpan<char> word)
    {
        if (!HasSeveralVowelRuns(word) || !HasVietnameseOnlyMark(word))
        {
            return null;
        }
        // The same loanwords come back all through an archive (ôtô, đôla): each is split once.
        var known = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(word, out var ends))
        {
            return ends;
        }
        if (Known.Count >= MaxKnown)
        {
            Known.Clear();
        }
        var text = word.ToString();
        return Known[text] = SplitAnew(text);
    }

    /// <summary>Words split so far, and how they split (null: they do not).</summary>
    private static readonly ConcurrentDictionary<string, int[]?> Known = new(StringComparer.Ordinal);

    /// <summary>Words kept in <see cref="Known"/> before it starts afresh.</summary>
    private const int MaxKnown = 10_000;

    /// <summary><see cref="Split"/> of a word not seen before.</summary>
    private static int[]? SplitAnew(string text)
    {
        ReadOnlySpan<char> word = text;
        if (VietnameseSyllable.IsValid(text))
        {
            return null;
        }

        // fewest[i]: the fewest syllables spelling text[..i]; ways[i]: how many such spellings (1, or 2 for many).
        var n = text.Length;
        var fewest = new int[n + 1];
        var ways = new int[n + 1];
        var previous = new int[n + 1];
        Array.Fill(fewest, int.MaxValue);
        fewest[0] = 0;
        ways[0] = 1;
        for (var end = 1; end <= n; end++)
        {
            // A syllable ends only where the next starts, with a consonant.
            if (end < n && !VietnameseLetters.IsConsonant(text[end]))
            {
                continue;
            }
            for (var start = Math.Max(0, end - MaxSyllableLength); start < end; start++)
            {
                if (fewest[start] == int.MaxValue
                    || (start > 0 && !VietnameseLetters.IsConsonant(text[start]))
                    || HasSeveralVowelRuns(word[start..end])
                    || !VietnameseSyllable.IsValid(text[start..end]))
                {
                    continue;
                }
                var count = fewest[start] + 1;
                if (count < fewest[end])
                {
                    (fewest[end], ways[end], previous[end]) = (count, ways[start], start);
                }
                else if (count == fewest[end])
                {
                    ways[end] = Math.Min(2, ways[end] + ways[start]);
                }
            }
        }
        if (fewest[n] is < 2 or > MaxSyllables || ways[n] != 1)
        {
            return null;
        }
        var ends = new int[fewest[n]];
        for (int i = ends.Length - 1, at = n; i >= 0; i--, at = previous[at])
        {
            ends[i] = at;
        }
        return ends;
    }

    private void Emit((string Syllable, int Start, int End) syllable)
    {
        _term.SetEmpty().Append(syllable.Syllable);
        _offset.SetOffset(syllable.Start, syllable.End);
    }

    /// <summary>Lower-case vowel letters of the Vietnamese alphabet, with or without marks, below U+1F00.</summary>
    private static readonly bool[] Vowels = [.. Enumerable.Range(0, 0x1F00).Select(c => VietnameseLetters.IsVowel((char)c))];

    /// <summary>
    /// True when <paramref name="word"/> has two runs of vowel letters or more: every syllable has one, so a word with one
    /// is no run of syllables. Every word passes here; a table keeps it cheap.
    /// </summary>
    private static bool HasSeveralVowelRuns(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }
        var vowels = Vowels;
        var runs = 0;
        var inRun = false;
        foreach (var c in word)
        {
            var vowel = (uint)c < (uint)vowels.Length && vowels[c];
            if (vowel && !inRun && ++runs == 2)
            {
                return true;
            }
            inRun = vowel;
        }
        return false;
    }

    /// <summary>A mark of Vietnamese spelling beyond the acute and grave of French and Spanish names: ă â ê ô ơ ư đ, ả, ạ, ã.</summary>
    private static bool HasVietnameseOnlyMark(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c == 'đ' || VietnameseLetters.HasShapeMark(c)
                || VietnameseLetters.Tone(c) is (int)VietnameseTone.Hook or (int)VietnameseTone.DotBelow or (int)VietnameseTone.Tilde)
            {
                return true;
            }
        }
        return false;
    }
}
