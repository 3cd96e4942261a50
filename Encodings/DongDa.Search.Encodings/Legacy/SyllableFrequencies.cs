using System.Globalization;
using System.Reflection;
using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// How often each Vietnamese syllable occurs in news text (counts from the VnExpress part of the development corpus,
/// shipped as syllable-frequencies.tsv: counts only, no text), for the repairs that must choose between readings
/// without an index at hand: a VIQR '.' that ends a sentence or marks a tone, a byte lost in mojibake.
/// </summary>
internal static class SyllableFrequencies
{
    private static readonly Dictionary<string, long> Counts = Load();

    /// <summary>Occurrences of <paramref name="syllable"/> (any case, either tone placement); 0 when unknown.</summary>
    public static long Of(string syllable)
    {
        var sb = new StringBuilder(syllable.Length + 1);
        var tone = Tone.None;
        foreach (var c in syllable.Normalize(NormalizationForm.FormC))
        {
            var lower = char.ToLowerInvariant(c);
            if (VietnameseLetters.TrySplit(lower, out var vowelBase, out var t))
            {
                tone = t == Tone.None ? tone : t;
                sb.Append(vowelBase);
            }
            else
            {
                sb.Append(lower);
            }
        }
        sb.Append(((int)tone).ToString(CultureInfo.InvariantCulture));
        return Counts.GetValueOrDefault(sb.ToString());
    }

    private static Dictionary<string, long> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DongDa.Search.Encodings.syllable-frequencies.tsv")
            ?? throw new InvalidOperationException("The syllable-frequencies.tsv resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length > 0 && line[0] != '#' && tab > 0)
            {
                counts[line[..tab]] = long.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
            }
        }
        return counts;
    }
}
