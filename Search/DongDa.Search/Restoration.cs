namespace DongDa.Search;

/// <summary>
/// What a text typed without accents (or half without, or as Telex/VNI keystrokes) most likely says, read with the
/// archive's own syllable model (<see cref="ArticleSearcher.Restore"/>).
/// </summary>
public sealed record Restoration
{
    /// <summary>The text as given.</summary>
    public required string Input { get; init; }

    /// <summary>
    /// The most likely reading: syllables typed with accents kept as typed, keystroke residue read (<c>daan</c> → dân),
    /// the rest given the marks the archive most often writes in that context; case, punctuation and spacing as typed.
    /// Equal to <see cref="Input"/> when there was nothing to restore (an accented text, an English phrase).
    /// </summary>
    public required string Reading { get; init; }

    /// <summary>Up to three other readings, most likely first.</summary>
    public required IReadOnlyList<AlternativeReading> Alternatives { get; init; }

    /// <summary>True when <see cref="Reading"/> differs from <see cref="Input"/>.</summary>
    public bool Changed => !string.Equals(Input, Reading, StringComparison.Ordinal);
}

/// <summary>Another reading of a restored text.</summary>
/// <param name="Reading">The text.</param>
/// <param name="Score">How likely it is beside the reading chosen, which scores 1 (0 to 1, four decimals).</param>
public sealed record AlternativeReading(string Reading, double Score);
