using System.Text;
using DongDa.Search.Analyzers;

namespace DongDa.Search.Typing;

/// <summary>
/// A word typed with its syllables together, as web addresses, hashtags and a hurried thumb write Vietnamese
/// (<c>dongda</c>, <c>hanoi</c>, <c>ochodua</c>): the syllables it splits into, where every neighbouring pair is one the
/// archive writes. Letters alone are ambiguous (<c>thanhoa</c>: <c>thanh hoa</c> or <c>than hoa</c>); the archive's own
/// pairs decide, as for accents. An English word whose letters happen to spell syllables (<c>online</c>: ôn li nê)
/// splits into pairs nobody writes, and is left alone; a word the archive writes as one itself (<c>Cole</c>, <c>demo</c>:
/// có lẽ, để mở) is read apart only into names (<c>Hanoi</c>: Hà Nội).
/// </summary>
internal static class JoinedSyllables
{
    /// <summary>A pair the archive writes fewer times than this is no evidence that the letters were meant apart.</summary>
    private const long MinPairCount = 3;

    /// <summary>The most syllables read out of one word (<c>thanhphohochiminh</c> has five).</summary>
    private const int MaxSyllables = 5;

    /// <summary>
    /// How many times more often than the letters as one word (<c>Saigon</c>, <c>Malaysia</c>) each pair must be written:
    /// a name the archive writes as one word is a word of its own, unless its syllables apart are far commoner.
    /// </summary>
    private const long AsOneWordRatio = 3;

    /// <summary>
    /// The archive writes the letters as one word at least this often: a word of its own (<c>Cole</c>, <c>demo</c>,
    /// <c>Hanoi</c>), so its syllables are read apart only when the archive writes every pair of them as a name.
    /// </summary>
    private const long OwnWord = 5;

    /// <summary>The share of a pair's articles writing it as a name for the pair to be one (<see cref="SyllableModel.NameShare"/>).</summary>
    private const double NameShare = 0.5;

    /// <summary>The longest syllable written without marks (<c>nghieng</c>).</summary>
    private const int MaxSyllableLength = 7;

    /// <summary>
    /// <paramref name="typed"/> with a space between the syllables it splits into, its letters as typed, or null when it
    /// is no run of syllables the archive writes apart: a syllable itself, letters with marks or other than a–z, or no
    /// split whose pairs the archive all writes. Only splits into the fewest syllables the letters can spell are read
    /// (longest matching, as Vietnamese is segmented: <c>duongha</c> is <c>duong ha</c> or nothing, never <c>du ong
    /// ha</c>); of those the archive writes, the one whose pairs it writes most (the product of their counts). Capitals
    /// inside a word that mixes cases (<c>DongDa</c>) are where syllables start.
    /// </summary>
    public static string? Split(SyllableModel model, string typed)
    {
        if (typed.Length < 3 || !typed.All(char.IsAsciiLetter))
        {
            return null;
        }
        var folded = typed.ToLowerInvariant();
        if (VietnameseSyllable.IsValidFolded(folded))
        {
            return null;
        }
        // Capitals are boundaries only in a word that mixes cases (all capitals says nothing of where syllables start).
        var mixedCase = typed.Any(char.IsAsciiLetterLower) && typed.Skip(1).Any(char.IsAsciiLetterUpper);
        bool IsSyllable(int start, int end)
            => end - start <= MaxSyllableLength
               && (!mixedCase || ((start == 0 || char.IsAsciiLetterUpper(typed[start])) && !typed.AsSpan(start + 1, end - start - 1).ContainsAnyInRange('A', 'Z')))
               && VietnameseSyllable.IsValidFolded(folded[start..end]);

        var fewest = FewestSyllables(folded.Length, IsSyllable);
        if (fewest[0] is < 2 or > MaxSyllables)
        {
            return null;
        }
        var asOneWord = model.Count(folded);
        int[]? best = null;
        string[]? bestKeys = null;
        var bestScore = double.NegativeInfinity;
        var pieces = new List<string>(MaxSyllables);
        var starts = new List<int>(MaxSyllables);

        void Extend(int start, double score)
        {
            if (start == folded.Length)
            {
                if (score > bestScore)
                {
                    (best, bestKeys, bestScore) = ([.. starts], [.. pieces], score);
                }
                return;
            }
            for (var end = start + 1; end <= folded.Length; end++)
            {
                if (fewest[end] != fewest[start] - 1 || !IsSyllable(start, end))
                {
                    continue;
                }
                // In the analyzer's spelling, as the model keys it (my → mi).
                var piece = VietnameseText.Fold(VietnameseSyllable.Key(folded[start..end]));
                if (model.Count(piece) == 0)
                {
                    continue;
                }
                var fit = 0.0;
                if (pieces.Count > 0)
                {
                    var together = model.Pair(pieces[^1], piece).Total;
                    if (together < MinPairCount || together < AsOneWordRatio * asOneWord
                        || (asOneWord >= OwnWord && model.NameShare(pieces[^1], piece) < NameShare))
                    {
                        continue;
                    }
                    fit = Math.Log(together);
                }
                pieces.Add(piece);
                starts.Add(start);
                Extend(end, score + fit);
                pieces.RemoveAt(pieces.Count - 1);
                starts.RemoveAt(starts.Count - 1);
            }
        }

        Extend(0, 0);
        if (best is null)
        {
            return null;
        }
        return best.Length < 3 || WrittenTogether(model, bestKeys!)
            ? string.Join(' ', best.Select((start, i) => typed[start..(i + 1 < best.Length ? best[i + 1] : typed.Length)]))
            : null;
    }

    /// <summary>
    /// True when at least <see cref="MinPairCount"/> articles hold every pair of the syllables <paramref name="keys"/>
    /// (folded, as the model keys them): three syllables or more are one name or phrase only if articles write its pairs
    /// together (<c>ochodua</c>: Ô Chợ Dừa), not each pair somewhere (<c>Seamoon</c>: sẽ ấm, ấm ớ, ớ on).
    /// </summary>
    private static bool WrittenTogether(SyllableModel model, string[] keys)
    {
        var holding = model.ArticlesHoldingPair(keys[0], keys[1]);
        for (var i = 2; i < keys.Length && holding is not null; i++)
        {
            if (model.ArticlesHoldingPair(keys[i - 1], keys[i]) is not { } next)
            {
                return false;
            }
            holding.And(next);
        }
        return holding is not null && holding.Cardinality >= MinPairCount;
    }

    /// <summary>
    /// <paramref name="text"/> with every word typed without marks that <see cref="Split"/> reads apart written apart
    /// (<c>xe oto</c> → <c>xe o to</c>), as the analyzer reads a word written with its marks run together (<c>ôtô</c>);
    /// the same string when there is none, and when the other words are a foreign text (<see cref="TypedText.IsForeign"/>:
    /// <c>Returns the leap</c> is no <c>le ap</c>). Only among Vietnamese words: beside a word that is no syllable, no number
    /// and no word the archive writes with marks (<c>Hanoi Telecom</c>), the word is part of a name of its own. A word
    /// right after a minus or a colon (an exclusion, a field's value) stays as typed, for the query language to read it
    /// whole.
    /// </summary>
    public static string ReadApart(SyllableModel model, string text)
    {
        var words = TypedText.Words(text);
        var apart = new Dictionary<TypedWord, string>();
        foreach (var word in words)
        {
            if (word.Kind == WordKind.Other && !(word.Start > 0 && text[word.Start - 1] is '-' or ':')
                && Split(model, word.Typed) is { } syllables)
            {
                apart[word] = syllables;
            }
        }
        if (apart.Count == 0 || TypedText.IsForeign([.. words.Where(w => !apart.ContainsKey(w))]))
        {
            return text;
        }
        bool Vietnamese(int i)
            => i < 0 || i >= words.Count || apart.ContainsKey(words[i]) || VietnameseSyllable.IsValidFolded(words[i].Folded)
               || words[i].Typed.Any(char.IsAsciiDigit) || model.Readings(words[i].Folded).Any(r => r.Text != words[i].Folded);
        var read = new StringBuilder(text.Length + apart.Count);
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (apart.TryGetValue(words[i], out var syllables) && Vietnamese(i - 1) && Vietnamese(i + 1))
            {
                read.Append(text, at, words[i].Start - at).Append(syllables);
                at = words[i].Start + words[i].Typed.Length;
            }
        }
        return at == 0 ? text : read.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// For each position of a word of <paramref name="length"/> letters, the fewest syllables its rest splits into
    /// (<see cref="int.MaxValue"/> when none): the letters alone decide, not the archive.
    /// </summary>
    private static int[] FewestSyllables(int length, Func<int, int, bool> isSyllable)
    {
        var fewest = new int[length + 1];
        for (var start = length - 1; start >= 0; start--)
        {
            fewest[start] = int.MaxValue;
            for (var end = start + 1; end <= Math.Min(length, start + MaxSyllableLength); end++)
            {
                if (fewest[end] != int.MaxValue && isSyllable(start, end))
                {
                    fewest[start] = Math.Min(fewest[start], fewest[end] + 1);
                }
            }
        }
        return fewest;
    }
}
