using System.Text;

namespace DongDa.Search.Indexer.Encodings.Legacy;

/// <summary>The five Vietnamese tone marks (plus none): the second axis of every legacy table.</summary>
internal enum Tone
{
    None,
    Grave,
    Acute,
    Hook,
    Tilde,
    DotBelow,
}

/// <summary>
/// Splits a Vietnamese letter into its base (with any hat: ă â ê ô ơ ư) and tone, and composes it back.
/// The legacy encodings all describe letters this way, so every codec is written against this model.
/// </summary>
internal static class VietnameseLetters
{
    /// <summary>The twelve vowel bases (lower case) that carry tones.</summary>
    public const string VowelBases = "aăâeêioôơuưy";

    /// <summary>Every tone, in table order.</summary>
    public static readonly Tone[] Tones = [Tone.None, Tone.Grave, Tone.Acute, Tone.Hook, Tone.Tilde, Tone.DotBelow];

    /// <summary>The combining mark Unicode uses for <paramref name="tone"/>.</summary>
    public static char CombiningMark(Tone tone) => tone switch
    {
        Tone.Grave => '\u0300',
        Tone.Acute => '\u0301',
        Tone.Hook => '\u0309',
        Tone.Tilde => '\u0303',
        Tone.DotBelow => '\u0323',
        _ => throw new ArgumentOutOfRangeException(nameof(tone)),
    };

    /// <summary>The tone a combining mark stands for, or <see cref="Tone.None"/> when it is not a tone mark.</summary>
    public static Tone ToneOfMark(char mark) => mark switch
    {
        '\u0300' => Tone.Grave,
        '\u0301' => Tone.Acute,
        '\u0309' => Tone.Hook,
        '\u0303' => Tone.Tilde,
        '\u0323' => Tone.DotBelow,
        _ => Tone.None,
    };

    /// <summary>True for a lower- or upper-case vowel base (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y).</summary>
    public static bool IsVowelBase(char c) => VowelBases.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    // Every toned or plain vowel, lower and upper case, with its base and tone: built once from Unicode composition.
    private static readonly Dictionary<char, (char Base, Tone Tone)> Split = BuildSplitTable();

    /// <summary>Splits a toned or plain vowel into base and tone; false for anything that is not a Vietnamese vowel.</summary>
    public static bool TrySplit(char letter, out char vowelBase, out Tone tone)
    {
        if (Split.TryGetValue(letter, out var entry))
        {
            (vowelBase, tone) = entry;
            return true;
        }
        (vowelBase, tone) = (letter, Tone.None);
        return false;
    }

    private static Dictionary<char, (char, Tone)> BuildSplitTable()
    {
        var table = new Dictionary<char, (char, Tone)>();
        foreach (var lower in VowelBases)
        {
            var upper = char.ToUpperInvariant(lower);
            foreach (var tone in Tones)
            {
                table[Compose(lower, tone)] = (lower, tone);
                table[Compose(upper, tone)] = (upper, tone);
            }
        }
        return table;
    }

    /// <summary>The precomposed letter for <paramref name="vowelBase"/> with <paramref name="tone"/>.</summary>
    public static char Compose(char vowelBase, Tone tone)
        => tone == Tone.None ? vowelBase : (vowelBase.ToString() + CombiningMark(tone)).Normalize(NormalizationForm.FormC)[0];

    /// <summary>
    /// Every letter of the Vietnamese alphabet with every tone: 12 vowel bases x 6 tones plus d/đ,
    /// in lower and upper case (the round-trip tests walk this list).
    /// </summary>
    public static IEnumerable<char> AllLetters()
    {
        foreach (var b in VowelBases)
        {
            foreach (var tone in Tones)
            {
                var lower = Compose(b, tone);
                yield return lower;
                yield return char.ToUpperInvariant(lower);
            }
        }
        yield return 'đ';
        yield return 'Đ';
    }
}
