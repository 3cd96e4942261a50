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
/// Only a word that is no syllable itself, may spell several syllables, carries a mark of Vietnamese spelling beyond the
/// acute and grave of French and Spanish names (ă â ê ô ơ ư đ, the hook, the dot below or the tilde; <c>Verónica</c>
/// and <c>Napoléon</c> stay whole) and splits one way only into the fewest well-formed syllables, each after the first
/// starting with a consonant, or with a vowel whose tone shows it cannot share the syllable before (<c>Xêút</c>: xê út).
/// The last rule keeps letters typed in the wrong order whole (<c>nguời</c> is người, not ngu + ời; <c>ngưòi</c>); it
/// also keeps whole a word whose later syllable starts with a vowel only a hyphen shows (<c>kiốt</c>, ki-ốt). Words
/// without marks are never split: English spells syllables too (<c>online</c>). Each syllable gets the word's flags
/// and, when the text keeps the word's length, its own offsets.
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
        if (!MaySpellSeveralSyllables(word) || !HasVietnameseOnlyMark(word))
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
            // A syllable ends only where the next can start.
            if (end < n && !CanStartSyllable(text, end))
            {
                continue;
            }
            for (var start = Math.Max(0, end - MaxSyllableLength); start < end; start++)
            {
                if (fewest[start] == int.MaxValue
                    || (start > 0 && !CanStartSyllable(text, start))
                    || MaySpellSeveralSyllables(word[start..end])
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

    private const byte Vowel = 1;
    private const byte ShapeMarked = 2;
    private const byte TonedPlain = 4;

    /// <summary>
    /// Lower-case letters below U+1F00: a vowel, a vowel with a shape mark (ă â ê ô ơ ư), a vowel with a tone and no
    /// shape mark (á, ụ).
    /// </summary>
    private static readonly byte[] Letters = [.. Enumerable.Range(0, 0x1F00).Select(i => (char)i).Select(c =>
        (byte)(!VietnameseLetters.IsVowel(c) ? 0
            : VietnameseLetters.HasShapeMark(c) ? Vowel | ShapeMarked
            : VietnameseLetters.WithoutTone(c) != c ? Vowel | TonedPlain
            : Vowel))];

    /// <summary>
    /// True when <paramref name="word"/> may spell several syllables: it has two runs of vowel letters (every syllable
    /// has one), or a vowel with a tone right after a vowel with a shape mark, which one syllable never writes (the
    /// tone goes on the shape-marked vowel: <c>xếu</c>, so <c>Xêút</c> is xê út). Every word passes here; a table keeps
    /// it cheap.
    /// </summary>
    private static bool MaySpellSeveralSyllables(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }
        var runs = 0;
        byte previous = 0;
        foreach (var c in word)
        {
            var letter = Letter(c);
            if ((letter & Vowel) != 0)
            {
                if ((previous & Vowel) == 0 ? ++runs == 2 : (previous & ShapeMarked) != 0 && (letter & TonedPlain) != 0)
                {
                    return true;
                }
            }
            previous = letter;
        }
        return false;
    }

    /// <summary>
    /// Whether a syllable after the first may start at <paramref name="at"/> of <paramref name="text"/>: at a consonant,
    /// or at a vowel with a tone right after a vowel with a shape mark (<c>Xêút</c>), unless the two are ươ or uô typed
    /// wrong (<c>ngưòi</c>, one syllable's vowels).
    /// </summary>
    private static bool CanStartSyllable(string text, int at)
    {
        var c = text[at];
        if (VietnameseLetters.IsConsonant(c))
        {
            return true;
        }
        var before = text[at - 1];
        return (Letter(before) & ShapeMarked) != 0 && (Letter(c) & TonedPlain) != 0
               && !(VietnameseLetters.Fold(before) == 'u' && VietnameseLetters.Fold(c) == 'o');
    }

    private static byte Letter(char c) => (uint)c < (uint)Letters.Length ? Letters[c] : (byte)0;

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
