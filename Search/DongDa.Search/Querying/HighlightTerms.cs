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

    /// <summary>True when nothing would be marked.</summary>
    public bool IsEmpty => Words.Count == 0 && FallbackWords.Count == 0 && Phrases.Count == 0;
}
