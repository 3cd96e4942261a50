using System.Reflection;

namespace DongDa.Search.Typing;

/// <summary>
/// English words that the typing aids could mistake for Vietnamese: those that are also an unmarked Vietnamese
/// syllable (<c>to</c>, <c>ban</c>, <c>the</c>) and those that read as Telex keystrokes (<c>as</c> → á, <c>box</c> → bõ).
/// </summary>
/// <remarks>
/// Taken from SCOWL's size-35 American English list (Debian <c>wamerican-small</c>; permissive licence, see
/// Data/english-words.LICENSE.txt) and filtered by <c>eval/DongDa.Search.Eval english-words</c>, so only the words that
/// matter here are shipped.
/// </remarks>
internal static class EnglishWords
{
    private static readonly HashSet<string> Words = Load();

    /// <summary>True when <paramref name="lower"/> (lower case) is on the list.</summary>
    public static bool Contains(string lower) => Words.Contains(lower);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DongDa.Search.Data.english-words.txt")
            ?? throw new InvalidOperationException("The english-words.txt resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }
        return words;
    }
}
