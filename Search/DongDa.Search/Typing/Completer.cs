using DongDa.Search.Analyzers;

namespace DongDa.Search.Typing;

/// <summary>
/// Completes what is being typed from the archive's own words and pairs, accent-insensitive: the words before the last
/// are read as <see cref="AccentRestorer"/> reads them, the last (partial) word is completed by the pairs that follow
/// the word before it (<c>cong tac d</c> → <c>công tác dân</c>, …), or alone by the syllables that start with it;
/// a completion whose next pair is clearly the usual one grows by that syllable too.
/// </summary>
internal sealed class Completer(AccentRestorer restorer)
{
    /// <summary>Folded pairs read per lookup: enough for any prefix of one letter after a common syllable.</summary>
    private const int PairScanLimit = 400;

    /// <summary>A syllable follows a completion when at least this share of what follows it is that one syllable.</summary>
    private const double DominantShare = 0.3;

    public IReadOnlyList<Completion> Complete(string prefix, int size)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var model = restorer.Model;
        var trimmed = prefix.TrimEnd();
        if (trimmed.Length == 0 || size < 1)
        {
            return [];
        }
        var words = TypedText.Words(trimmed);
        if (words.Count == 0)
        {
            return [];
        }
        // A prefix ending in a space completes the next word; otherwise the last word is partial.
        var partial = char.IsWhiteSpace(prefix[^1]) ? "" : VietnameseText.Fold(words[^1].Typed);
        var contextEnd = partial.Length == 0 ? trimmed.Length : words[^1].Start;
        var context = trimmed[..contextEnd].TrimEnd();
        var contextWords = partial.Length == 0 ? words : words[..^1];
        var lead = context.Length == 0 ? "" : restorer.Restore(context).Reading;

        var found = new List<Completion>();
        if (contextWords.Count == 0 || contextWords[^1].Kind == WordKind.Other)
        {
            foreach (var (folded, count) in model.SyllablesStartingWith(partial).Take(size))
            {
                found.Add(new Completion(Join(lead, model.Readings(folded)[0].Text), count));
            }
            return found;
        }

        var previous = contextWords[^1];
        var previousReading = VietnameseSyllable.Key(LastWord(lead));
        var candidates = new List<(string Second, long Count)>();
        foreach (var (folded, _) in model.PairsStartingWith(previous.Folded + SyllablePairFilter.Separator + partial, PairScanLimit))
        {
            var second = folded[(previous.Folded.Length + 1)..];
            var best = model.Pair(previous.Folded, second).All
                .Where(r => First(r.Text) == previousReading)
                .OrderByDescending(r => r.Count)
                .FirstOrDefault();
            if (best.Count > 0)
            {
                candidates.Add((Second(best.Text), best.Count));
            }
        }
        foreach (var (second, count) in candidates.OrderByDescending(c => c.Count).Take(size))
        {
            found.Add(new Completion(Join(lead, second + Following(model, second)), count));
        }
        return found;
    }

    /// <summary>" next" when one syllable clearly follows <paramref name="reading"/> in the archive, else "".</summary>
    private static string Following(SyllableModel model, string reading)
    {
        var folded = VietnameseText.Fold(reading);
        var next = model.PairsStartingWith(folded + SyllablePairFilter.Separator, PairScanLimit);
        if (next.Count == 0)
        {
            return "";
        }
        var total = next.Sum(n => n.Count);
        var (top, count) = next.MaxBy(n => n.Count);
        if (count < DominantShare * total)
        {
            return "";
        }
        var best = model.Pair(folded, top[(folded.Length + 1)..]).All.Where(r => First(r.Text) == reading).FirstOrDefault();
        return best.Count > 0 ? " " + Second(best.Text) : "";
    }

    private static string Join(string lead, string completion) => lead.Length == 0 ? completion : lead + " " + completion;

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string First(string pair) => pair[..pair.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal)];

    private static string Second(string pair) => pair[(pair.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal) + 1)..];
}
