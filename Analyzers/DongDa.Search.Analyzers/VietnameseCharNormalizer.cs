using System.Globalization;
using System.Text;

namespace DongDa.Search.Analyzers;

/// <summary>
/// Character-level clean-up of Vietnamese text before tokenization: composes decomposed letters (NFD, and marks typed
/// in the wrong order such as <c>ẹ</c> + circumflex) to NFC, maps look-alikes (<c>Ð</c> U+00D0, <c>ð</c>) to <c>Đ</c>/<c>đ</c>,
/// and drops invisible characters (zero-width space and joiners, soft hyphen, BOM). Reports every change of length so
/// offsets can be mapped back to the original text.
/// </summary>
internal static class VietnameseCharNormalizer
{
    /// <summary>Receives (output offset, cumulative difference input − output) from that offset on.</summary>
    public delegate void OffsetCorrection(int outputOffset, int cumulativeDiff);

    /// <summary>Normalizes <paramref name="input"/> into <paramref name="output"/>, reporting offset corrections.</summary>
    public static void Normalize(ReadOnlySpan<char> input, StringBuilder output, OffsetCorrection? correction)
    {
        var diff = 0;
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (IsInvisible(c))
            {
                i++;
                diff++;
                correction?.Invoke(output.Length, diff);
                continue;
            }

            var clusterEnd = i + 1;
            while (clusterEnd < input.Length && IsCombiningMark(input[clusterEnd]))
            {
                clusterEnd++;
            }

            if (clusterEnd == i + 1 && (c < 0x300 || !NeedsComposition(c)))
            {
                output.Append(MapLookalike(c));
                i++;
                continue;
            }

            var cluster = input[i..clusterEnd];
            var composed = ComposeCluster(cluster);
            output.Append(composed);
            i = clusterEnd;
            if (composed.Length != cluster.Length)
            {
                diff += cluster.Length - composed.Length;
                correction?.Invoke(output.Length, diff);
            }
        }
    }

    /// <summary>True when <see cref="Normalize(ReadOnlySpan{char}, StringBuilder, OffsetCorrection?)"/> would change <paramref name="input"/>.</summary>
    /// <remarks>Most text is already clean NFC: one read-only pass lets it skip the copy.</remarks>
    public static bool NeedsNormalization(ReadOnlySpan<char> input)
    {
        foreach (var c in input)
        {
            if (NeedsWork[c])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Normalizes a whole string (no offsets needed).</summary>
    public static string Normalize(string input)
    {
        if (!NeedsNormalization(input))
        {
            return input;
        }
        var sb = new StringBuilder(input.Length);
        Normalize(input, sb, null);
        return sb.ToString();
    }

    private static string ComposeCluster(ReadOnlySpan<char> cluster)
    {
        Span<char> mapped = cluster.Length <= 64 ? stackalloc char[cluster.Length] : new char[cluster.Length];
        for (var k = 0; k < cluster.Length; k++)
        {
            mapped[k] = MapLookalike(cluster[k]);
        }
        var text = new string(mapped);
        // Lone surrogates make Normalize throw: such a cluster is kept as it is.
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Characters that never belong to a word and must neither split nor glue words.</summary>
    internal static bool IsInvisible(char c)
        => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool IsCombiningMark(char c)
        => c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Single characters NFC rewrites (deprecated tone marks U+0340/U+0341, compatibility singletons such as U+2126):
    // a table built once, because asking per character would allocate on the hot path.
    private static readonly bool[] ChangedByNfc = BuildChangedByNfc();

    private static bool[] BuildChangedByNfc()
    {
        var table = new bool[0x10000];
        for (var c = 0x300; c < 0x10000; c++)
        {
            if (!char.IsSurrogate((char)c) && CharUnicodeInfo.GetUnicodeCategory((char)c) != UnicodeCategory.OtherNotAssigned)
            {
                table[c] = !((char)c).ToString().IsNormalized(NormalizationForm.FormC);
            }
        }
        return table;
    }

    private static bool NeedsComposition(char c) => ChangedByNfc[c];

    // Every character that makes Normalize change the text, as one table for the read-only pre-check.
    private static readonly bool[] NeedsWork = BuildNeedsWork();

    private static bool[] BuildNeedsWork()
    {
        var table = new bool[0x10000];
        for (var c = 0; c < 0x10000; c++)
        {
            var ch = (char)c;
            table[c] = IsInvisible(ch) || ChangedByNfc[c] || IsCombiningMark(ch) || MapLookalike(ch) != ch;
        }
        return table;
    }

    /// <summary>Letters that look like Đ/đ and are typed for them (Icelandic eth, African D).</summary>
    internal static char MapLookalike(char c) => c switch
    {
        '\u00D0' or '\u0189' => 'Đ',
        '\u00F0' or '\u0256' => 'đ',
        _ => c,
    };
}
