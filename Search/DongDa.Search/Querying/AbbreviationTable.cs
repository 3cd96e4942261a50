using System.Buffers;
using System.Reflection;
using DongDa.Search.Analyzers;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Querying;

/// <summary>One way of writing a name, as the folded keys it analyzes to.</summary>
/// <param name="Keys">Folded keys, one per word position ("Ủy ban nhân dân" → uy ban nhan dan).</param>
/// <param name="NeedsDot">True for one-letter abbreviations such as "Q." that only count when written with the dot.</param>
/// <param name="IsAbbreviation">True for the short form.</param>
internal sealed record NameForm(IReadOnlyList<string> Keys, bool NeedsDot, bool IsAbbreviation)
{
    /// <summary>
    /// True when the name is written with punctuation between its words (Kinh tế - xã hội, Văn hóa, Thể thao và Du
    /// lịch), which the pairs of its words stop at.
    /// </summary>
    public bool HasBreak { get; init; }

    /// <summary>
    /// The keys an article writing this form holds side by side: the folded keys, except for a long form of one word
    /// with marks (<c>Quận</c> of <c>Q.</c>), searched by its exact key: the word an address abbreviation stands for,
    /// which its folded key would confuse with others (<c>Q.</c> is never quán, <c>P.</c> never phương).
    /// </summary>
    public IReadOnlyList<string> SearchKeys { get; init; } = Keys;
}

/// <summary>
/// Abbreviations and their long forms (UBND ↔ Ủy ban nhân dân), read from a tab-separated file, matched on folded
/// keys so case, accents and tone style do not matter.
/// </summary>
internal sealed class AbbreviationTable
{
    /// <summary>What, between two words of a long form, the pairs of its words stop at.</summary>
    private static readonly SearchValues<char> BreakCharacters = SearchValues.Create("-–—,;:&/()");

    private readonly Dictionary<string, List<(NameForm Form, List<NameForm> Equivalents)>> _byFirstKey = new(StringComparer.Ordinal);

    private AbbreviationTable(IEnumerable<(string Abbreviation, string LongForm)> pairs)
    {
        using var analyzer = new VietnameseAnalyzer();
        var forms = new Dictionary<string, NameForm>(StringComparer.Ordinal);
        var longForms = new Dictionary<NameForm, List<NameForm>>();
        var abbreviations = new Dictionary<NameForm, List<NameForm>>();

        NameForm Intern(string text, bool isAbbreviation)
        {
            var needsDot = isAbbreviation && text.EndsWith('.');
            var keys = FoldedKeys(analyzer, text);
            var id = (isAbbreviation ? "a:" : "l:") + (needsDot ? "." : "") + string.Join(' ', keys);
            if (!forms.TryGetValue(id, out var form))
            {
                var marked = !isAbbreviation && keys.Count == 1 ? Keys(analyzer, text, VietnameseTokenTypes.Exact) : [];
                form = new NameForm(keys, needsDot, isAbbreviation)
                {
                    HasBreak = !isAbbreviation && HasBreakBetweenWords(text),
                    SearchKeys = marked is [var word] && VietnameseLetters.HasMarks(word) ? marked : keys,
                };
                forms[id] = form;
            }
            return form;
        }

        foreach (var (abbreviationText, longText) in pairs)
        {
            var abbreviation = Intern(abbreviationText, true);
            var longForm = Intern(longText, false);
            if (abbreviation.Keys.Count == 0 || longForm.Keys.Count == 0)
            {
                continue;
            }
            Add(longForms, abbreviation, longForm);
            Add(abbreviations, longForm, abbreviation);
        }

        // An abbreviation finds its long forms and the other abbreviations of them (TP.HCM → TPHCM); a long form finds its
        // abbreviations only, so two long forms sharing an abbreviation (CĐ: Công đoàn, Cao đẳng) do not find each other.
        foreach (var (abbreviation, longs) in longForms)
        {
            var equivalents = new List<NameForm>(longs);
            equivalents.AddRange(longs.SelectMany(l => abbreviations[l]).Where(a => !ReferenceEquals(a, abbreviation)).Distinct());
            Register(abbreviation, equivalents);
        }
        foreach (var (longForm, shorts) in abbreviations)
        {
            // A two-letter key (VN, TP, HS, NH) also abbreviates other words; a long form typed out does not look for it.
            var specific = shorts.Where(a => a.Keys.Sum(k => k.Length) >= MinAbbreviationLetters).ToList();
            if (specific.Count > 0)
            {
                Register(longForm, specific);
            }
        }
    }

    /// <summary>Letters an abbreviation needs before a long form typed out also looks for it.</summary>
    internal const int MinAbbreviationLetters = 3;

    /// <summary>The table shipped with the library (Data/abbreviations.tsv).</summary>
    public static AbbreviationTable Default { get; } = LoadDefault();

    /// <summary>Reads a table from lines <c>ABBREVIATION&lt;TAB&gt;LONG FORM</c>; blank lines and <c>#</c> comments are skipped.</summary>
    public static AbbreviationTable Parse(IEnumerable<string> lines)
    {
        var pairs = new List<(string, string)>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length >= 2 && cells[0].Trim().Length > 0 && cells[1].Trim().Length > 0)
            {
                pairs.Add((cells[0].Trim(), cells[1].Trim()));
            }
        }
        return new AbbreviationTable(pairs);
    }

    /// <summary>
    /// The longest form starting at <paramref name="start"/> of <paramref name="foldedKeys"/>, with its equivalents;
    /// <paramref name="dotAfter"/> tells whether the query wrote a dot right after a given key.
    /// </summary>
    public (NameForm Form, IReadOnlyList<NameForm> Equivalents)? LongestMatch(IReadOnlyList<string> foldedKeys, int start, Func<int, bool> dotAfter)
    {
        if (!_byFirstKey.TryGetValue(foldedKeys[start], out var candidates))
        {
            return null;
        }
        foreach (var (form, equivalents) in candidates)
        {
            if (start + form.Keys.Count > foldedKeys.Count)
            {
                continue;
            }
            var matches = true;
            for (var k = 0; k < form.Keys.Count && matches; k++)
            {
                matches = foldedKeys[start + k] == form.Keys[k];
            }
            if (matches && (!form.NeedsDot || dotAfter(start + form.Keys.Count - 1)))
            {
                return (form, equivalents);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a query word was written as an abbreviation, and so may expand: with a dot (<c>Q.</c>) or dots inside
    /// (<c>TP.HCM</c>); as a form that is no Vietnamese syllable (<c>UBND</c>, <c>ubnd</c>, <c>tphcm</c>); or in capitals
    /// (<c>TƯ</c>, <c>TTg</c>) among words that are not. A word of the language typed in lower case (<c>tư</c>, <c>tu</c>)
    /// never expands, and neither does one of a query typed all in capitals (<c>TỰ DO</c> is tự do).
    /// </summary>
    /// <param name="typed">The word as typed.</param>
    /// <param name="dotAfter">Whether a dot follows it in the query.</param>
    /// <param name="wholeQueryInCapitals">Whether every letter of the query is a capital.</param>
    public static bool IsWrittenAsAbbreviation(string typed, bool dotAfter, bool wholeQueryInCapitals)
    {
        if (dotAfter || typed.Contains('.', StringComparison.Ordinal) || !VietnameseSyllable.IsValid(typed))
        {
            return true;
        }
        return !wholeQueryInCapitals && typed.Count(char.IsUpper) >= 2;
    }

    private void Register(NameForm form, List<NameForm> equivalents)
    {
        if (!_byFirstKey.TryGetValue(form.Keys[0], out var list))
        {
            list = [];
            _byFirstKey[form.Keys[0]] = list;
        }
        list.Add((form, equivalents));
        // Longest first, so "thành phố hồ chí minh" wins over "thành phố".
        list.Sort((a, b) => b.Form.Keys.Count.CompareTo(a.Form.Keys.Count));
    }

    private static void Add(Dictionary<NameForm, List<NameForm>> map, NameForm key, NameForm value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary>The folded key at each word position of <paramref name="text"/> (number and date forms fold to themselves).</summary>
    internal static List<string> FoldedKeys(VietnameseAnalyzer analyzer, string text) => Keys(analyzer, text, VietnameseTokenTypes.Folded);

    /// <summary>The keys of token type <paramref name="tokenType"/> (folded or exact) that <paramref name="analyzer"/> gives <paramref name="text"/>.</summary>
    private static List<string> Keys(VietnameseAnalyzer analyzer, string text, string tokenType)
    {
        var keys = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (type.Type == tokenType)
            {
                keys.Add(term.ToString());
            }
        }
        stream.End();
        return keys;
    }

    private static AbbreviationTable LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DongDa.Search.Data.abbreviations.tsv")
            ?? throw new InvalidOperationException("the abbreviations table is not embedded in DongDa.Search");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return Parse(lines);
    }

    /// <summary>True when punctuation or a symbol stands inside <paramref name="text"/> (between two of its words).</summary>
    private static bool HasBreakBetweenWords(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 2 && trimmed[1..^1].ContainsAny(BreakCharacters);
    }
}
