namespace DongDa.Search.Analyzers;

/// <summary>Whether the analyzer keys text for the index (every tier) or a query (one key per word).</summary>
public enum VietnameseAnalyzerMode
{
    /// <summary>Index text: the exact key (when the word has diacritics) and the folded key at one position, plus normalized forms and parts of dates and numbers.</summary>
    Index,

    /// <summary>
    /// Query text: one key per word, the exact key when the user typed diacritics and the folded key when not, so a
    /// half-accented query is matched word by word; dates and numbers give their normalized key.
    /// </summary>
    Query,
}
