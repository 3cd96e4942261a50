namespace DongDa.Search.Analyzers;

/// <summary>
/// Token types. The tokenizer marks what a token is (word, number, date…); the analyzer's last filter replaces that
/// with the tier the key belongs to, which is what <c>dongda-search analyze</c> shows and what search relies on.
/// </summary>
public static class VietnameseTokenTypes
{
    /// <summary>Tokenizer: a run of letters and digits (a syllable, an abbreviation such as HĐND, a code such as U23).</summary>
    public const string Word = "<WORD>";

    /// <summary>Tokenizer: a number, with Vietnamese separators kept (1.081, 3,5, 462/510).</summary>
    public const string Number = "<NUM>";

    /// <summary>Tokenizer: a date (13/12/2019, 13-12-2019, 13.12.2019, 2019-12-13, 13/12, 1/2020).</summary>
    public const string Date = "<DATE>";

    /// <summary>Tokenizer: a time of day (17:44).</summary>
    public const string Time = "<TIME>";

    /// <summary>Tokenizer: an abbreviation written with dots between capitals (TP.HCM, T.Ư).</summary>
    public const string Abbreviation = "<ABBR>";

    /// <summary>Tokenizer: an e-mail address.</summary>
    public const string Email = "<EMAIL>";

    /// <summary>Tokenizer: a web address.</summary>
    public const string Url = "<URL>";

    /// <summary>Tier: the exact key (lower case, canonical tone placement and i/y), emitted only when it has diacritics.</summary>
    public const string Exact = "exact";

    /// <summary>Tier: the folded key (no marks, đ → d); for a word without diacritics it is also its exact key.</summary>
    public const string Folded = "folded";

    /// <summary>Tier: a normalized date (yyyy-MM-dd, or MM-dd / yyyy-MM for partial dates).</summary>
    public const string NormalizedDate = "date";

    /// <summary>Tier: a normalized number (thousands separators removed: 1.081 → 1081) or time (07:05).</summary>
    public const string NormalizedNumber = "number";

    /// <summary>Tier: two consecutive syllables, folded and joined by a space (<see cref="SyllablePairAnalyzer"/>).</summary>
    public const string Pair = "pair";

    /// <summary>
    /// Tier: the reading of a pair as written: its folded key, <see cref="SyllablePairFilter.ReadingSeparator"/>, and
    /// the two exact keys (<c>dong bo|đồng bộ</c>); emitted beside the folded pair only when the pair has diacritics.
    /// </summary>
    public const string PairReading = "reading";

    /// <summary>Tier: three consecutive syllables as written, joined by spaces (<see cref="SyllableTripleAnalyzer"/>).</summary>
    public const string Triple = "triple";

    /// <summary>Tier: a part of a unit token (the year of a date, each letter group of TP.HCM), at the same position.</summary>
    public const string Part = "part";
}
