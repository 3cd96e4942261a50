using System.Collections.Concurrent;
using DongDa.Search.Analyzers;
using DongDa.Search.Querying;

namespace DongDa.Search.Typing;

/// <summary>
/// Completes what is being typed from the archive's own words and pairs, accent-insensitive: the words before the last
/// are read as <see cref="AccentRestorer"/> reads them, the word before the partial one as the completion wants when it
/// was typed bare (<c>tu d</c> → <c>tự do</c>, <c>ho chi m</c> → <c>hồ chí minh</c>), and the last (partial) word is
/// completed by the pairs that follow it (<c>cong tac d</c> → <c>công tác đào</c>, …), words before the pairs chance
/// makes common, slips left out; after a number, by the syllables that start with it. A completion whose next syllable
/// clearly goes with it grows by that syllable too.
/// </summary>
internal sealed class Completer(AccentRestorer restorer)
{
    /// <summary>Pair terms read per completion: enough for a prefix of one letter after a common syllable.</summary>
    private const int PairScanLimit = 3000;

    /// <summary>Pair terms read to find what follows a completed syllable.</summary>
    private const int FollowingScanLimit = 1500;

    /// <summary>Candidates weighed against the two words before, per completion asked for.</summary>
    private const int RankedCandidates = 2;

    /// <summary>
    /// Occurrences a pair needs to be offered before the rarer ones: one or two are mostly names and slips, which chance
    /// alone would never put together and so stand above chance as much as a word in daily use.
    /// </summary>
    private const int MinimumCount = 3;

    /// <summary>
    /// A reading of a pair written less than this share as often as the usual reading of the same letters is a slip
    /// (<c>ha nôi</c> beside <c>hà nội</c>); a word of its own is written more often (<c>thị trưởng</c> beside <c>thị trường</c>).
    /// </summary>
    private const double SlipShare = 0.01;

    /// <summary>Readings of the word before the partial one weighed against each other (the most written).</summary>
    private const int FirstReadings = 4;

    /// <summary>Completions that may grow by the syllable that usually follows them (each costs one more scan).</summary>
    private const int ExtendedCompletions = 3;

    /// <summary>A syllable follows a completion when at least this share of what follows it is that one syllable.</summary>
    private const double DominantShare = 0.3;

    /// <summary>Share of the articles holding the follower's pair that must hold the completion too (<see cref="GoesWith"/>).</summary>
    private const double GrowthShare = 0.8;

    private const int MaxCachedGrowths = 100_000;

    /// <summary>
    /// What usually follows each syllable reading, once scanned: the model (and so this completer) lives as long as one
    /// index reader, and there are only as many entries as written syllables (some thousands). The scan was most of a
    /// completion's time, and the same few hundred syllables are completed over and over.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> _following = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a completion grows by its usual follower (<see cref="GoesWith"/>), once found, per completion and
    /// follower; emptied when it reaches <see cref="MaxCachedGrowths"/>, as completions are many more than syllables.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> _growth = new(StringComparer.Ordinal);

    public IReadOnlyList<Completion> Complete(string prefix, int size)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        // Inside quotes or after a minus the words being typed are a phrase of their own: complete those, and keep what
        // came before, the mark included, as typed ("UBND “cong tac d" → "UBND “công tác dân vận").
        var afterMark = QueryParser.AfterLastMark(prefix);
        if (afterMark > 0)
        {
            var phrase = prefix[afterMark..].TrimStart();
            var head = prefix[..(prefix.Length - phrase.Length)];
            return [.. Complete(phrase, size).Select(c => c with { Text = head + c.Text })];
        }
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
        var partialTyped = partial.Length == 0 ? "" : words[^1].Typed;
        var contextEnd = partial.Length == 0 ? trimmed.Length : words[^1].Start;
        var context = trimmed[..contextEnd].TrimEnd();
        var contextWords = partial.Length == 0 ? words : words[..^1];
        var found = new List<Completion>();
        // After a number (which pairs with nothing) the syllables alone; after an abbreviation of letters, its pairs (UBND quận).
        if (contextWords.Count == 0 || (contextWords[^1].Kind == WordKind.Other && !SyllablePairFilter.CanPair(contextWords[^1].Folded)))
        {
            var lead = Restored(context);
            foreach (var (folded, count) in model.SyllablesStartingWith(partial).Take(size))
            {
                found.Add(new Completion(Join(lead, AsTyped(partialTyped, model.Written(model.Readings(folded)[0].Text))), count));
            }
            return found;
        }

        var previous = contextWords[^1];
        // The first word of a phrase typed bare may be any of its readings, and the pair decides which: "tu" alone reads
        // từ, "tu d" means tự do. Further in, the words before have chosen its reading.
        var startsPhrase = contextWords.Count == 1 || previous.AfterBreak || contextWords[^2].Kind == WordKind.Other;
        var anyReading = startsPhrase && previous.Kind is WordKind.Unmarked or WordKind.Ambiguous;
        var range = previous.Folded + SyllablePairFilter.Separator + partial;
        string leadText;
        string previousReading;
        List<Reading> scanned;
        if (!startsPhrase && previous.Kind is WordKind.Unmarked or WordKind.Ambiguous)
        {
            // Typed bare inside a phrase, the last word reads as the completion wants: ho chi m is hồ chí minh, though
            // ho chi alone reads họ chỉ.
            var all = model.PairReadingsStartingWith(range, null, PairScanLimit, out _);
            (leadText, previousReading) = ReadBefore(model, context, all) ?? WithLastKey(Restored(context));
            scanned = all.FindAll(r => string.Equals(First(r.Text), previousReading, StringComparison.Ordinal));
        }
        else
        {
            (leadText, previousReading) = WithLastKey(Restored(context));
            scanned = model.PairReadingsStartingWith(range, anyReading ? null : previousReading, PairScanLimit, out _);
        }
        // Pairs written once or twice come after the rest: weighed only when too few others exist.
        var needed = RankedCandidates * size;
        var pool = scanned.Count(r => r.Count >= MinimumCount) >= needed ? scanned.Where(r => r.Count >= MinimumCount) : scanned;
        // After two words the context is the measure of association, among the most frequent candidates.
        var candidates = startsPhrase
            ? ByAssociation(model, pool, anyReading)
            : InContext(model, VietnameseSyllable.Key(WordBeforeLast(leadText)), previousReading, MostFrequent(model, pool, needed));
        var leadBefore = anyReading ? restorer.Restore(context[..previous.Start]).Reading : null;
        candidates = [.. candidates.Take(size)];
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var second = Second(candidate.Pair);
            var start = leadBefore is null ? leadText : leadBefore + TypedText.Show(previous.Typed, First(candidate.Pair));
            var completion = second + (i < ExtendedCompletions ? Growth(model, First(candidate.Pair), second) : "");
            found.Add(new Completion(Join(start, AsTyped(partialTyped, model.Written(completion))), candidate.Count));
        }
        return found;
    }

    /// <summary>
    /// The pairs of <paramref name="pool"/> ranked by how far they stand above chance (<see cref="Weigh"/>), those written
    /// at least <see cref="MinimumCount"/> times first; slips left out (a syllable written bare where the archive gives it
    /// marks, in the first word too when <paramref name="anyFirstReading"/>, and a rare way of writing a pair beside its
    /// usual one: <c>ha nôi</c> beside <c>hà nội</c>).
    /// </summary>
    private static List<PairCandidate> ByAssociation(SyllableModel model, IEnumerable<Reading> pool, bool anyFirstReading)
    {
        var readings = pool.Select(r => Weigh(model, r.Text, r.Count)).OfType<PairCandidate>()
            .Where(c => !IsSlip(model, Second(c.Pair)) && !(anyFirstReading && IsSlip(model, First(c.Pair))))
            .ToList();
        var usual = readings.GroupBy(c => VietnameseText.Fold(c.Pair), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(c => c.Count), StringComparer.Ordinal);
        return [.. readings
            .Where(c => c.Count >= SlipShare * usual[VietnameseText.Fold(c.Pair)])
            .OrderByDescending(c => c.Count >= MinimumCount)
            .ThenByDescending(c => c.Weight)
            .ThenBy(c => c.Pair, StringComparer.Ordinal)];
    }

    /// <summary>The <paramref name="count"/> most written pairs of <paramref name="pool"/>, slips left out.</summary>
    private static List<PairCandidate> MostFrequent(SyllableModel model, IEnumerable<Reading> pool, int count)
        => [.. pool.OrderByDescending(r => r.Count).ThenBy(r => r.Text, StringComparer.Ordinal)
            .Select(r => Weigh(model, r.Text, r.Count)).OfType<PairCandidate>()
            .Where(c => !IsSlip(model, Second(c.Pair)))
            .Take(count)];

    /// <summary>
    /// The reading of <paramref name="context"/> and of its last word that, followed by the likeliest pair each reading
    /// of that word starts in <paramref name="pairs"/>, the model finds likeliest (among the <see cref="FirstReadings"/>
    /// most written); null when no pair is written.
    /// </summary>
    private (string Lead, string Reading)? ReadBefore(SyllableModel model, string context, List<Reading> pairs)
    {
        (string Lead, string Reading, double Score)? best = null;
        foreach (var group in pairs
            .GroupBy(r => First(r.Text), StringComparer.Ordinal)
            .Where(g => !IsSlip(model, g.Key))
            .OrderByDescending(g => g.Sum(r => r.Count))
            .Take(FirstReadings))
        {
            var top = group.MaxBy(r => r.Count);
            var (read, likelihood) = restorer.ReadEndingWith(context, group.Key);
            var score = likelihood + restorer.LogFollows(group.Key, Second(top.Text), top.Count);
            if (best is null || score > best.Value.Score)
            {
                best = (read, group.Key, score);
            }
        }
        return best is { } b ? (b.Lead, b.Reading) : null;
    }

    /// <summary><paramref name="context"/> as the restorer reads it ("" for none).</summary>
    private string Restored(string context) => context.Length == 0 ? "" : restorer.Restore(context).Reading;

    /// <summary>A lead and the key of its last word (the reading the completion's pairs start with).</summary>
    private static (string Lead, string Reading) WithLastKey(string lead) => (lead, VietnameseSyllable.Key(LastWord(lead)));

    /// <summary>
    /// A pair of readings weighed as a completion by how far it stands above chance (<see
    /// cref="SyllableModel.Association"/>): a word written often first, and a syllable met beside a word everywhere
    /// (<c>dân và</c>) after a pair that forms a word (<c>dân vận</c>) though written more often. Null for a pair with a
    /// reading that is no syllable of the archive: text whose space was lost (<c>phủchỉ</c>), which a few articles
    /// write, rarely enough to stand far above chance.
    /// </summary>
    private static PairCandidate? Weigh(SyllableModel model, string pair, long count)
    {
        var (first, second) = (model.CountReading(First(pair)), model.CountReading(Second(pair)));
        return first == 0 || second == 0 ? null : new PairCandidate(pair, count, model.Association(count, first, second));
    }

    /// <summary>
    /// The candidates for the word after "<paramref name="first"/> <paramref name="second"/>", the likeliest third word
    /// first. The pairs know only the word before (<c>tác dụng</c> is far commoner than <c>tác dân</c>, yet <c>công tác
    /// d…</c> means <c>công tác dân</c>); without counts of three words, an article holding the candidate's pair holds the
    /// context's pair as often as any article does when the two are unrelated, and nearly always when the three words
    /// go together. Each candidate's count is weighted by that excess over chance; where no candidate shows any, the
    /// order stays by count.
    /// </summary>
    private static List<PairCandidate> InContext(SyllableModel model, string first, string second, List<PairCandidate> candidates)
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
            var (holding, shared) = model.ArticlesHoldingPair(second, Second(c.Pair), context);
            var excess = holding == 0 ? 0 : Math.Max(0, (((double)shared / holding) - chance) / (1 - chance));
            return (Candidate: c, Score: c.Count * excess);
        }).ToList();
        return weighted.All(w => w.Score <= 0)
            ? candidates
            : [.. weighted.OrderByDescending(w => w.Score).ThenByDescending(w => w.Candidate.Count).Select(w => w.Candidate)];
    }

    /// <summary>
    /// " next" when one syllable clearly follows the completion "<paramref name="first"/> <paramref name="second"/>": it
    /// usually follows <paramref name="second"/>, and the articles holding that pair nearly all hold the completion too
    /// (<c>hồ chí</c> grows to <c>minh</c>, as <c>chí minh</c> comes after <c>hồ</c>; <c>thành phố</c> does not grow to
    /// <c>cổ</c>, though <c>phố cổ</c> is what usually follows <c>phố</c>). Else "".
    /// </summary>
    private string Growth(SyllableModel model, string first, string second)
    {
        var next = _following.GetOrAdd(second, reading => Following(model, reading));
        if (next.Length == 0)
        {
            return "";
        }
        if (_growth.Count >= MaxCachedGrowths)
        {
            _growth.Clear();
        }
        return _growth.GetOrAdd(first + SyllablePairFilter.Separator + second + next, _ => GoesWith(model, first, second, next[1..]) ? next : "");
    }

    /// <summary>
    /// True when, of the articles holding the pair "<paramref name="second"/> <paramref name="next"/>", nearly all (<see
    /// cref="GrowthShare"/>) hold "<paramref name="first"/> <paramref name="second"/>" too: without counts of three
    /// words, the nearest sign that the three go together.
    /// </summary>
    private static bool GoesWith(SyllableModel model, string first, string second, string next)
    {
        if (model.ArticlesHoldingPair(first, second) is not { } completion)
        {
            return false;
        }
        var (holding, shared) = model.ArticlesHoldingPair(second, next, completion);
        return holding > 0 && shared >= GrowthShare * holding;
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
        // Of the usual followers (at most three), the one that forms a word with it, not the one chance makes common (dân và).
        var usual = DominantShare * next.Sum(r => r.Count);
        var best = next.Where(r => r.Count >= usual).Select(r => Weigh(model, r.Text, r.Count)).OfType<PairCandidate>().DefaultIfEmpty().MaxBy(c => c.Weight);
        return best.Pair is null ? "" : " " + Second(best.Pair);
    }

    /// <summary>
    /// True for a syllable written bare where the archive nearly always gives it marks (<c>nhieu</c> for nhiều, from
    /// text typed without accents): offered, it would be a slip. A word written bare as often as not (<c>ban</c>) is no slip.
    /// </summary>
    private static bool IsSlip(SyllableModel model, string reading)
        => !VietnameseText.HasDiacritics(reading) && model.CountReading(reading) < SlipShare * model.Count(reading);

    /// <summary><paramref name="completion"/> with a capital first letter where the user typed one (<c>Ho Chi M</c> → <c>Minh</c>).</summary>
    private static string AsTyped(string partialTyped, string completion)
        => partialTyped.Length > 0 && char.IsUpper(partialTyped[0]) && completion.Length > 0 ? char.ToUpperInvariant(completion[0]) + completion[1..] : completion;

    private static string Join(string lead, string completion) => lead.Length == 0 ? completion : lead + " " + completion;

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string WordBeforeLast(string text) => LastWord(text[..^LastWord(text).Length].TrimEnd());

    private static string First(string pair) => pair[..pair.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal)];

    private static string Second(string pair) => pair[(pair.IndexOf(SyllablePairFilter.Separator, StringComparison.Ordinal) + 1)..];

    /// <summary>A completion's pair of readings (<c>tự do</c>), its count, and its weight as a completion.</summary>
    private readonly record struct PairCandidate(string Pair, long Count, double Weight);
}
