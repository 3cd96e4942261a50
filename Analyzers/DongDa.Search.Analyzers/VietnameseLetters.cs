using System.Text;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Facts about Vietnamese letters: the tone each precomposed vowel carries, its toneless base, composing a base with a
/// tone, and folding any Latin letter to its unmarked ASCII form. Tables are built once from Unicode decomposition.
/// The one letter model of the product: the analyzer's filters and the legacy-encoding codecs (which describe every
/// letter as base + tone) both use it.
/// </summary>
public static class VietnameseLetters
{
    /// <summary>The twelve vowel bases (lower case) that carry tones.</summary>
    public const string VowelBases = "aăâeêioôơuưy";

    /// <summary>Every tone, in table order (none first).</summary>
    public static IReadOnlyList<VietnameseTone> Tones { get; } =
        [VietnameseTone.None, VietnameseTone.Grave, VietnameseTone.Acute, VietnameseTone.Hook, VietnameseTone.Tilde, VietnameseTone.DotBelow];

    /// <summary>Tone marks in the order of <see cref="Tone"/> (none first).</summary>
    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    /// <summary>The twelve vowel letters without tone (a ă â e ê i o ô ơ u ư y), both cases.</summary>
    private const string BaseVowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

    // Indexed by char for the range that holds every Vietnamese letter (U+0000..U+1EFF).
    private const int TableSize = 0x1F00;
    private static readonly byte[] ToneTable = new byte[TableSize];
    private static readonly char[] BaseTable = new char[TableSize];
    private static readonly char[] FoldTable = new char[TableSize];
    private static readonly Dictionary<int, char> ComposeTable = [];

    static VietnameseLetters()
    {
        for (var c = 0; c < TableSize; c++)
        {
            BaseTable[c] = (char)c;
            FoldTable[c] = (char)c;
        }

        foreach (var vowel in BaseVowels)
        {
            for (var tone = 1; tone < ToneMarks.Length; tone++)
            {
                var composed = string.Concat(vowel, ToneMarks[tone]).Normalize(NormalizationForm.FormC);
                if (composed.Length != 1)
                {
                    throw new InvalidOperationException($"No precomposed letter for {vowel} with tone {tone}.");
                }
                var letter = composed[0];
                ToneTable[letter] = (byte)tone;
                BaseTable[letter] = vowel;
                ComposeTable[Key(vowel, tone)] = letter;
            }
        }

        // Folding: every Latin letter with marks to its bare letter; đ is a letter of its own in Unicode, not d + mark.
        for (var c = 0xC0; c < TableSize; c++)
        {
            if (c is >= 0x250 and < 0x1E00 || !char.IsLetter((char)c))
            {
                continue;
            }
            var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]))
            {
                FoldTable[c] = decomposed[0];
            }
        }
        FoldTable['đ'] = 'd';
        FoldTable['Đ'] = 'D';
    }

    private static int Key(char vowel, int tone) => (vowel << 3) | tone;

    /// <summary>The tone of <paramref name="c"/>: 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng (the order of <see cref="VietnameseTone"/>).</summary>
    internal static int Tone(char c) => c < TableSize ? ToneTable[c] : 0;

    /// <summary><paramref name="c"/> without its tone (shape marks such as ê, ơ, ă kept).</summary>
    public static char WithoutTone(char c) => c < TableSize ? BaseTable[c] : c;

    /// <summary>The precomposed letter for a toneless vowel and a tone.</summary>
    internal static char WithTone(char vowel, int tone)
        => tone == 0 ? vowel : ComposeTable.TryGetValue(Key(vowel, tone), out var letter) ? letter : vowel;

    /// <summary><paramref name="c"/> with every mark removed (ệ → e, đ → d); other characters unchanged.</summary>
    public static char Fold(char c) => c < TableSize ? FoldTable[c] : c;

    /// <summary>True for a vowel letter of the Vietnamese alphabet, with or without marks.</summary>
    public static bool IsVowel(char c)
    {
        var b = WithoutTone(c);
        return b is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';
    }

    /// <summary>True for a vowel carrying a shape mark (ă â ê ô ơ ư), which takes the tone in any style.</summary>
    public static bool HasShapeMark(char c) => WithoutTone(c) is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';

    /// <summary>True for a lower-case consonant letter of Vietnamese syllables (f, j, w, z allowed for loan words).</summary>
    public static bool IsConsonant(char c) => c is (>= 'a' and <= 'z') and not ('a' or 'e' or 'i' or 'o' or 'u' or 'y') || c == 'đ';

    /// <summary>True when folding changes something in <paramref name="text"/>.</summary>
    public static bool HasMarks(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && Fold(c) != c)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The combining mark Unicode uses for <paramref name="tone"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tone"/> is <see cref="VietnameseTone.None"/>.</exception>
    public static char CombiningMark(VietnameseTone tone) => tone is > VietnameseTone.None and <= VietnameseTone.DotBelow
        ? ToneMarks[(int)tone]
        : throw new ArgumentOutOfRangeException(nameof(tone));

    /// <summary>The tone a combining mark stands for, or <see cref="VietnameseTone.None"/> when it is not a tone mark.</summary>
    public static VietnameseTone ToneOfMark(char mark)
    {
        var index = Array.IndexOf(ToneMarks, mark, 1);
        return index < 0 ? VietnameseTone.None : (VietnameseTone)index;
    }

    /// <summary>True for a lower- or upper-case vowel base (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y).</summary>
    public static bool IsVowelBase(char c) => VowelBases.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    /// <summary>Splits a toned or plain vowel into base and tone; false for anything that is not a Vietnamese vowel.</summary>
    public static bool TrySplit(char letter, out char vowelBase, out VietnameseTone tone)
    {
        vowelBase = WithoutTone(letter);
        if (!IsVowelBase(vowelBase))
        {
            (vowelBase, tone) = (letter, VietnameseTone.None);
            return false;
        }
        tone = (VietnameseTone)Tone(letter);
        return true;
    }

    /// <summary>The precomposed letter for <paramref name="vowelBase"/> with <paramref name="tone"/>.</summary>
    public static char Compose(char vowelBase, VietnameseTone tone) => WithTone(vowelBase, (int)tone);

    /// <summary>
    /// Every letter of the Vietnamese alphabet with every tone: 12 vowel bases x 6 tones plus d/đ,
    /// in lower and upper case.
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
