using System.Collections.Concurrent;
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
    /// <summary>Pair terms read per completion: enough for a prefix of one letter after a common syllable.</summary>
    private const int PairScanLimit = 3000;

    /// <summary>Pair terms read to find what follows a completed syllable.</summary>
    private const int FollowingScanLimit = 1500;

    /// <summary>Candidates weighed against the two words before, per completion asked for.</summary>
    private const int RankedCandidates = 2;

    /// <summary>Completions that may grow by the syllable that usually follows them (each costs one more scan).</summary>
    private const int ExtendedCompletions = 3;

    /// <summary>A syllable follows a completion when at least this share of what follows it is that one syllable.</summary>
    private const double DominantShare = 0.3;

    /// <summary>
    /// What usually follows each syllable reading, once scanned: the model (and so this completer) lives as long as one
    /// index reader, and there are only as many entries as written syllables (some thousands). The scan was most of a
    /// completion's time, and the same few hundred syllables are completed over and over.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> _following = new(StringComparer.Ordinal);

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
        var candidates = model.PairReadingsStartingWith(previous.Folded + SyllablePairFilter.Separator + partial, previousReading, PairScanLimit)
            .GroupBy(r => Second(r.Text), StringComparer.Ordinal)
            .Select(g => (Second: g.Key, Count: g.Sum(r => r.Count)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Second, StringComparer.Ordinal)
            .Take(RankedCandidates * size)
            .ToList();
        if (contextWords.Count >= 2 && !contextWords[^1].AfterBreak && contextWords[^2].Kind != WordKind.Other)
        {
            candidates = InContext(model, VietnameseSyllable.Key(WordBeforeLast(lead)), previousReading, candidates);
        }
        candidates = [.. candidates.Take(size)];
        for (var i = 0; i < candidates.Count; i++)
        {
            var (second, count) = candidates[i];
            found.Add(new Completion(Join(lead, second + (i < ExtendedCompletions ? _following.GetOrAdd(second, reading => Following(model, reading)) : "")), count));
        }
        return found;
    }

    /// <summary>
    /// The candidates for the word after "<paramref name="first"/> <paramref name="second"/>", the likeliest third word
    /// first. The pairs know only the word before (<c>tác dụng</c> is far commoner than <c>tác dân</c>, yet <c>công tác
    /// d…</c> means <c>công tác dân</c>); without counts of three words, an article holding the candidate's pair holds the
    /// context's pair as often as any article does when the two are unrelated, and nearly always when the three words
    /// go together. Each candidate's count is weighted by that excess over chance; where no candidate shows any, the
    /// order stays by count.
    /// </summary>
    private static List<(string Second, long Count)> InContext(SyllableModel model, string first, string second, List<(string Second, long Count)> candidates)
    {
        if (candidates.Count < 2 || model.ArticlesHoldingPair(first, second) is not { } context)
        {
            return candidates;
        }
        var chance = (double)context.Cardinality / Math.Max(1, model.Reader.NumDocs);
        if (chance >= 1)
        {
            return candidates;
        }
        var weighted = candidates.Select(c =>
        {
            var (holding, shared) = model.ArticlesHoldingPair(second, c.Second, context);
            var excess = holding == 0 ? 0 : Math.Max(0, (((double)shared / holding) - chance) / (1 - chance));
            return (Candidate: c, Score: c.Count * excess);
        }).ToList();
        return weighted.All(w => w.Score <= 0)
            ? candidates
            : [.. weighted.OrderByDescending(w => w.Score).ThenByDescending(w => w.Candidate.Count).Select(w => w.Candidate)];
    }

    /// <summary>" next" when one syllable clearly follows <paramref name="reading"/> in the archive, else "".</summary>
    private static string Following(SyllableModel model, string reading)
    {
        var next = model.PairReadingsStartingWith(VietnameseText.Fold(reading) + SyllablePairFilter.Separator, reading, FollowingScanLimit, out var complete);
        if (next.Count == 0 || !complete)
        {
            // Cut short, the scan saw only the first letters of what follows (hà lan, never hà nội): no guess.
            return "";
        }
        var best = next.MaxBy(r => r.Count);
        return best.Count >= DominantShare * next.Sum(r => r.Count) ? " " + Second(best.Text) : "";
    }

    private static string Join(string lead, string completion) => lead.Length == 0 ? completion : lead + " " + completion;

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string WordBeforeLast(string text) => LastWord(text[..^LastWord(text).Length].TrimEnd());

    private static string Second(string pair) => pair[(pair.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal) + 1)..];
}
