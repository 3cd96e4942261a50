namespace DongDa.Search.Querying;

/// <summary>What a snippet marks: words on any key, fallback keys only in text written without accents, and phrases.</summary>
internal sealed class HighlightTerms
{
    /// <summary>Keys (any tier) whose words are marked wherever they occur.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Accent-free keys added as a fallback for accented query words: they mark only words the text wrote without
    /// accents, as those are the ones the fallback is for ("nhân" must not mark "nhận").
    /// </summary>
    public HashSet<string> FallbackWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Key sequences marked only where they occur side by side (quoted phrases, long forms of abbreviations).</summary>
    public List<IReadOnlyList<string>> Phrases { get; } = [];

    /// <summary>
    /// Runs of consecutive query words that may stand together in the text (a word of two or three syllables, a name):
    /// wherever two or more of them stand side by side the snippet marks them as one span, and a word of a run found
    /// alone is then not marked ("đã" for "da" when "Đống Đa" is there).
    /// </summary>
    public List<IReadOnlyList<RunWord>> Runs { get; } = [];

    /// <summary>
    /// True when every text marked holds a run together somewhere (the search required its pairs): a word of a run found
    /// alone is then never marked, even where the passage searched does not hold the run ("bộ" of "Bộ Nội vụ" for
    /// "đồng bộ", in an article that writes đồng bộ only in its headline).
    /// </summary>
    public bool RunsHeld { get; set; }

    /// <summary>Adds a phrase (or, for one key, a word).</summary>
    public void AddPhrase(IReadOnlyList<string> keys)
    {
        if (keys.Count == 1)
        {
            Words.Add(keys[0]);
        }
        else if (keys.Count > 1)
        {
            Phrases.Add(keys);
        }
    }

    /// <summary>Adds a run of words (ignored when shorter than two).</summary>
    public void AddRun(IReadOnlyList<RunWord> words)
    {
        if (words.Count > 1)
        {
            Runs.Add(words);
        }
    }

    /// <summary>
    /// True when a run was typed as a name, every word with a capital first letter (<see cref="RunWord.Capitalized"/>):
    /// the passage shown is then where the text writes it as one.
    /// </summary>
    public bool NameTyped => Runs.Any(run => run.All(w => w.Capitalized));

    /// <summary>True when nothing would be marked.</summary>
    public bool IsEmpty => Words.Count == 0 && FallbackWords.Count == 0 && Phrases.Count == 0;
}

/// <summary>One word of a run: the key it is searched by, and the folded key that matches text written without accents.</summary>
/// <param name="Key">The query key (exact when typed with accents, else folded).</param>
/// <param name="Fallback">The folded key of a word typed with accents, matching only words the text wrote without; null otherwise.</param>
/// <param name="Reading">The exact key of a word typed without accents in the reading the query was read as
/// (<c>dong bo</c> → đồng bộ); null when none was chosen or it is bare.</param>
/// <param name="Capitalized">Typed with a capital first letter only, as names are written, in a short query (whose
/// name tier ranks by it): the passage shown is then one where the text writes the run as a name.</param>
internal sealed record RunWord(string Key, string? Fallback, string? Reading = null, bool Capitalized = false);
