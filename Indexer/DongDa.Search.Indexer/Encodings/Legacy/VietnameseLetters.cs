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

    /// <summary>Splits a toned or plain vowel into base and tone; false for anything that is not a Vietnamese vowel.</summary>
    public static bool TrySplit(char letter, out char vowelBase, out Tone tone)
    {
        // One letter model for the product: the analyzer's tables, whose tone numbers follow the order of Tone.
        vowelBase = Analyzers.VietnameseLetters.WithoutTone(letter);
        if (!IsVowelBase(vowelBase))
        {
            (vowelBase, tone) = (letter, Tone.None);
            return false;
        }
        tone = (Tone)Analyzers.VietnameseLetters.Tone(letter);
        return true;
    }

    /// <summary>The precomposed letter for <paramref name="vowelBase"/> with <paramref name="tone"/>.</summary>
    public static char Compose(char vowelBase, Tone tone) => Analyzers.VietnameseLetters.WithTone(vowelBase, (int)tone);

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
