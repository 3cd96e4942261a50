using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Lower-cases each token in place, culture-independently (Đ → đ, Ằ → ằ, I → i in every locale), and flags a word
/// written with a capital first letter only (<see cref="CapitalizedFlag"/>).
/// </summary>
/// <remarks>
/// Lucene's <c>LowerCaseFilter</c> gives the same keys but asks the globalization library (ICU) for every code point,
/// which profiling showed to be the largest single cost of indexing Vietnamese text; here every character below U+1F00
/// (Latin, Greek, Cyrillic, and Latin Extended Additional with ạ…ỹ) comes from a table built once, and only other
/// scripts take <see cref="char.ToLowerInvariant(char)"/>.
/// </remarks>
public sealed class LetterCaseFilter : TokenFilter
{
    /// <summary>Up to the end of Latin Extended Additional (U+1EFF), where Vietnamese letters with a tone mark live.</summary>
    private const int TableSize = 0x1F00;
    private static readonly char[] LowerTable = BuildTable();

    /// <summary>
    /// Flag (<see cref="IFlagsAttribute"/>) of a word whose first letter is a capital and no other is (<c>Xuân</c>,
    /// <c>Ô</c>; not <c>xuân</c>, nor <c>UBND</c> or a headline in capitals): Vietnamese writes every syllable of a
    /// proper name so (Thanh Xuân, the district; thanh xuân, youth).
    /// </summary>
    public const int CapitalizedFlag = 2;

    private readonly ICharTermAttribute _term;
    private readonly IFlagsAttribute _flags;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public LetterCaseFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    /// <summary>Whether <paramref name="word"/> is written with a capital first letter only (<see cref="CapitalizedFlag"/>).</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (IsCapitalized(buffer.AsSpan(0, length)))
        {
            _flags.Flags |= CapitalizedFlag;
        }
        var table = LowerTable;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < TableSize)
            {
                buffer[i] = table[c];
            }
            else if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                // Letters outside the BMP (Deseret, Osage…) keep their length in UTF-16 when lower-cased.
                Rune.ToLowerInvariant(new Rune(c, buffer[i + 1])).EncodeToUtf16(buffer.AsSpan(i, 2));
                i++;
            }
            else
            {
                buffer[i] = char.ToLowerInvariant(c);
            }
        }
        return true;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }
        return table;
    }
}
