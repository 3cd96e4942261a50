using System.Runtime.CompilerServices;
using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Querying;

namespace DongDa.Search.Typing;

/// <summary>
/// Restores the accents of a text typed without them: for every unmarked word the candidate readings the archive writes
/// for it, and the most likely sequence under a trigram model of readings (Viterbi), with the pair counts of the
/// <c>pairs</c> field, the triple counts of the <c>triples</c> field and the syllable counts of the word fields
/// (<see cref="SyllableModel"/>).
/// </summary>
/// <remarks>
/// A bigram language model over readings, restricted to the readings of the words typed: P(r₁) · Π P(rᵢ | rᵢ₋₁) with
/// P(rᵢ | rᵢ₋₁) = (c(rᵢ₋₁ rᵢ) + μ · P(rᵢ)) / (c(rᵢ₋₁) + μ) (Dirichlet smoothing towards the syllable frequency P(r) =
/// c(r) / N), so a pair the archive never wrote falls back on how common each syllable is, and a reading that is rarely
/// followed by any reading of the next word pays for it. Above it a trigram level from headlines and leads
/// (<see cref="LogTrigram"/>), with the start and the end of each run of syllables as contexts of their own. Words typed
/// with marks and keystroke residue are fixed readings: they are kept, and they still choose their neighbours (a typed
/// <c>vận</c> makes <c>dan</c> dân). A text with an English word and no word that is only Vietnamese is left as it is.
/// </remarks>
internal sealed class AccentRestorer(SyllableModel model, double pairPrior = AccentRestorer.DefaultPairPrior)
{
    /// <summary>The default μ (<see cref="_pairPrior"/>).</summary>
    public const double DefaultPairPrior = 50;

    /// <summary>Weight of the number of different followers in μ (Witten-Bell), per follower.</summary>
    private const double FollowerWeight = 0.5;

    /// <summary>Share of the continuation probability (Kneser-Ney) in what an unseen pair falls back on; the rest is the frequency.</summary>
    private const double ContinuationShare = 0.5;

    /// <summary>λ per different reading written after a pair, in the trigram level (<see cref="LogTrigram"/>).</summary>
    private const double TrigramFollowerWeight = 2;

    /// <summary>How far below the best reading (log) a candidate may be under the bigram model and still be weighed by the trigram level.</summary>
    private const double PlausibleMargin = 5;

    /// <summary>Candidates a word keeps for the trigram level, the likeliest under the bigram model.</summary>
    private const int MaxPlausible = 4;

    /// <summary>
    /// Words a text needs for the start and the end of its runs to be contexts: a headline starts and ends as headlines
    /// do, a query of a word or two is cut from anywhere (<c>song voi</c> is sống với, not the song that starts sentences).
    /// </summary>
    private const int MinWordsForRunContexts = 4;

    /// <summary>Readings considered per word: the most frequent ones.</summary>
    private const int MaxCandidates = 16;

    /// <summary>Weight μ of the syllable frequency against the pair counts (Dirichlet smoothing), in occurrences.</summary>
    private readonly double _pairPrior = pairPrior;

    /// <summary>Added to every syllable count, so a reading the archive never wrote (a fixed one) is possible.</summary>
    private const double SyllablePrior = 0.5;

    /// <summary>log of how much likelier a bare word is meant bare when the text has marks elsewhere.</summary>
    private static readonly double BareBias = Math.Log(20);

    /// <summary>How much more often the syllable of the keys must be written than the word as typed to read it as keys.</summary>
    private const long KeysOverWord = 5;

    /// <summary>Times the archive writes a word typed alone for it to be searched as typed, though it reads as keystrokes.</summary>
    private const long LoneWordOfItsOwn = 5;

    /// <summary>Alternatives returned.</summary>
    private const int MaxAlternatives = 3;

    public SyllableModel Model { get; } = model;

    public Restoration Restore(string text) => Restore(text, out _);

    /// <summary><see cref="Restore(string)"/>, and <paramref name="apart"/>: the text with syllables typed together read apart.</summary>
    public Restoration Restore(string text, out string apart)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A word typed with its syllables together is read apart, as the index reads ôtô (oto → ô tô).
        apart = JoinedSyllables.ReadApart(Model, text);
        var restored = RestoreParts(apart) with { Input = text };
        // A Hà Nội place's name typed bare is the place (Ô Chợ Dừa, not ở chỗ dựa); the archive's reading stays first
        // among the alternatives (score 1: the model does not score the name).
        return Places.PlaceDirectory.Default.ReadingOf(apart) is { } place && place != restored.Reading
            ? restored with
            {
                Reading = place,
                Alternatives = [.. new[] { new AlternativeReading(restored.Reading, 1) }.Concat(restored.Alternatives).Where(a => a.Reading != place).Take(MaxAlternatives)],
            }
            : restored;
    }

    /// <summary>
    /// The reading of <paramref name="text"/>, each part a query's minus sets apart read on its own (<see
    /// cref="QueryParser.CutAtExclusions"/>): an excluded word is no context for the words before it, so <c>tu do
    /// -thuong mai</c> is tự do, as <c>tu do</c> alone, not the từ đó a sentence going on with thương mại would make it.
    /// Each alternative changes one part.
    /// </summary>
    private Restoration RestoreParts(string text)
    {
        var parts = QueryParser.CutAtExclusions(text);
        if (parts.Count == 1)
        {
            return RestoreFromArchive(text);
        }
        var read = parts.Select(RestoreFromArchive).ToList();
        var readings = read.Select(r => r.Reading).ToArray();
        var alternatives = read.SelectMany((r, i) => r.Alternatives.Select(a =>
                new AlternativeReading(string.Concat(readings.Select((reading, j) => j == i ? a.Reading : reading)), a.Score)))
            .OrderByDescending(a => a.Score)
            .Take(MaxAlternatives);
        return new Restoration { Input = text, Reading = string.Concat(readings), Alternatives = [.. alternatives] };
    }

    /// <summary>The reading of <paramref name="text"/> by the archive's syllable model alone.</summary>
    private Restoration RestoreFromArchive(string text)
    {
        var words = ReadKeystrokes(text);
        var typesMarks = words.Any(w => w.Kind is WordKind.Accented or WordKind.Residue);
        // Someone who typed some marks (or Telex/VNI keys) typed them where they wanted them: a word they left bare is
        // more likely meant bare (a correct "ban hành" stays), though a clear context still restores it ("dân van").
        // Someone who marked most words marked every word they meant marked: their bare words stay bare.
        var keepsBare = WrittenWithMarks(words);
        if (!keepsBare)
        {
            ReadAbbreviationsWithDStroke(words);
        }
        if (TypedText.IsForeign(words))
        {
            return new Restoration { Input = text, Reading = text, Alternatives = [] };
        }
        // Only in a text already taken for Vietnamese: a loanword is no sign of one (an English "name" is no "namé").
        ReadLoanwords(words);
        if (!words.Any(w => w.Kind is WordKind.Unmarked or WordKind.Ambiguous or WordKind.Residue))
        {
            return new Restoration { Input = text, Reading = Show(text, words, i => words[i].Shown), Alternatives = [] };
        }
        var slots = Slots(text, words, typesMarks, keepsBare);
        if (Array.TrueForAll(slots, s => s.Length == 1))
        {
            // Nothing to choose (a text written with its accents keeps its bare words): no pair counts to read.
            return new Restoration { Input = text, Reading = Show(text, words, slots, new int[slots.Length]), Alternatives = [] };
        }
        (slots, var bigrams) = Plausible(words, slots);
        var lattice = new Lattice(this, words, slots, bigrams);
        var best = Viterbi(lattice, out _);
        var alternatives = new List<(int[] Path, double Score)>();
        for (var i = 0; i < slots.Length; i++)
        {
            var local = Local(lattice, best, i);
            for (var c = 0; c < slots[i].Length; c++)
            {
                if (c != best[i])
                {
                    // Only the terms around word i change: its own, and the next two words' steps.
                    var path = (int[])best.Clone();
                    path[i] = c;
                    alternatives.Add((path, Local(lattice, path, i) - local));
                }
            }
        }
        return new Restoration
        {
            Input = text,
            Reading = Show(text, words, slots, best),
            Alternatives = [.. alternatives
                .OrderByDescending(a => a.Score)
                .Select(a => new AlternativeReading(Show(text, words, slots, a.Path), Math.Round(Math.Exp(a.Score), 4)))
                .Where(a => a.Reading != text)
                .DistinctBy(a => a.Reading)
                .Take(MaxAlternatives)],
        };
    }

    /// <summary>
    /// The likeliest reading of <paramref name="text"/> whose last word is read <paramref name="last"/> (a reading of
    /// that word's letters), and its log-likelihood under the bigram model: what completion compares when the word after
    /// decides how the last one reads (<c>ho chi m</c>: <c>hồ chí</c> before <c>minh</c>, <c>họ chỉ</c> before <c>muốn</c>).
    /// The bigram alone: completion weighs a few readings per keystroke, and the trigram level's look-ups would cost each.
    /// </summary>
    public (string Reading, double LogLikelihood) ReadEndingWith(string text, string last)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(last);
        var words = ReadKeystrokes(text);
        if (words.Count == 0)
        {
            return (text, 0);
        }
        var typesMarks = words.Any(w => w.Kind is WordKind.Accented or WordKind.Residue);
        var keepsBare = WrittenWithMarks(words);
        var slots = Slots(text, words, typesMarks, keepsBare);
        slots[^1] = [Fixed(last)];
        var path = BigramPath(words, slots, out var score);
        return (Show(text, words, slots, path), score);
    }

    /// <summary>log P(<paramref name="second"/> | <paramref name="first"/>) for two readings written together <paramref name="together"/> times.</summary>
    public double LogFollows(string first, string second, long together)
        => LogTransition(together, Fixed(first), Fixed(second));

    /// <summary>
    /// <paramref name="text"/> with only its Telex or VNI keystrokes read (<c>cong tac daan vaanj</c> → <c>cong tac dân
    /// vận</c>, <c>HDDND</c> → <c>HĐND</c>): what was meant with the input method on. Bare words stay bare, for the
    /// search to match them with or without accents; a text without keystrokes comes back as it is.
    /// </summary>
    public string ReadKeys(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ReadKeystrokes(text);
        // Every word as shown when the model chooses nothing: as typed, or its keys read.
        return words.TrueForAll(w => string.Equals(w.Shown, w.Typed, StringComparison.Ordinal)) ? text : Show(text, words, i => words[i].Shown);
    }

    /// <summary>The words of <paramref name="text"/>, those typed as Telex or VNI keystrokes read as the syllables meant.</summary>
    private List<TypedWord> ReadKeystrokes(string text)
    {
        var words = TypedText.Words(text);
        if (words.Any(w => w.Kind == WordKind.Accented) || words.Count(w => w.Kind == WordKind.Residue) < 2)
        {
            KeepUnlikelyResidueAsTyped(words);
        }
        if (words.Any(w => w.Kind == WordKind.Residue))
        {
            KeepOneInputMethod(words);
            if (words.Any(w => w.Kind == WordKind.Residue && !w.IsVni))
            {
                ReadSyllableLikeResidue(words);
            }
            ReadAbbreviationKeys(words);
        }
        return words;
    }

    /// <summary>
    /// A word no syllable spells that the archive writes as one word with marks (<c>oto</c>: ôtô, <c>Matxcova</c>:
    /// Matxcơva, <c>Arap</c>: Ảrập) is read as a syllable is: the model weighs its readings, bare among them, in context.
    /// Not a word in capitals (an abbreviation) nor one whose keys were read.
    /// </summary>
    private void ReadLoanwords(List<TypedWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind == WordKind.Other && word.Shown == word.Typed && word.Typed.All(char.IsAsciiLetter) && !TypedText.IsAbbreviation(word.Typed)
                && Model.Readings(word.Folded).Any(r => !string.Equals(r.Text, word.Folded, StringComparison.Ordinal)))
            {
                words[i] = word with { Kind = WordKind.Unmarked };
            }
        }
    }

    /// <summary>
    /// In a text typed with keystrokes, a word spelled like a syllable or an English word may still be keys:
    /// <c>khoong</c> (không), <c>teen</c> (tên), <c>six</c> (sĩ). It is read as keys when the archive writes that syllable
    /// far more often than the word as typed.
    /// </summary>
    private void ReadSyllableLikeResidue(List<TypedWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind is WordKind.Unmarked or WordKind.Ambiguous or WordKind.English
                && KeystrokeResidue.TryReadKeys(word.Typed, out var syllable)
                && Model.CountReading(VietnameseSyllable.Key(syllable)) > KeysOverWord * Model.Count(word.Folded))
            {
                words[i] = word.AsResidue(syllable);
            }
        }
    }

    /// <summary>
    /// One text is typed with one input method: where VNI keys (digits) are the more, letters-only words are not read as
    /// Telex (<c>Sex</c> stays beside <c>bie6u3</c>), and the other way round.
    /// </summary>
    private static void KeepOneInputMethod(List<TypedWord> words)
    {
        var vni = words.Count(w => w.Kind == WordKind.Residue && w.IsVni);
        var telex = words.Count(w => w.Kind == WordKind.Residue && !w.IsVni);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Kind == WordKind.Residue && words[i].IsVni != (vni >= telex))
            {
                words[i] = words[i].AsTyped();
            }
        }
    }

    /// <summary>In a text typed with keys, an abbreviation's DD or D9 is Đ (<c>HDDND</c> → <c>HĐND</c>).</summary>
    private static void ReadAbbreviationKeys(List<TypedWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Kind == WordKind.Other && TypedText.AbbreviationKeys(words[i].Typed) is { } read)
            {
                words[i] = words[i] with { Shown = read };
            }
        }
    }

    /// <summary>
    /// In a text typed with accents, or where it is the only word that reads as keystrokes, such a word is more likely a
    /// name or a loanword (<c>Park Chung Hee</c>): it is read as keys only when the archive writes that syllable far more
    /// often than the word as typed, and, typed alone, only when the archive hardly writes the word itself (<c>Boro</c>,
    /// <c>Sachs</c>, <c>Maxi</c> are names, not bổ, sách, mãi). Where several words are keys (<c>Vux Hans</c>), the
    /// input method was off.
    /// </summary>
    private void KeepUnlikelyResidueAsTyped(List<TypedWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind == WordKind.Residue)
            {
                var typed = word.AsTyped();
                var asTyped = Model.Count(typed.Folded);
                if (Model.CountReading(word.Key) <= KeysOverWord * asTyped || (words.Count == 1 && asTyped >= LoneWordOfItsOwn))
                {
                    words[i] = typed;
                }
            }
        }
    }

    /// <summary>
    /// True for a text written with its accents: of three or more Vietnamese words, at least half typed with marks. About
    /// one syllable in four is bare by spelling (<c>Khi chàng thay lòng</c>, <c>Than tìm đường</c>); a two-word query
    /// with one word marked (<c>dân van</c>) is rather one typed half without accents, and Telex or VNI keys say the
    /// input method was off, when words are often left without their keys (<c>cong tac daan vaanj</c>).
    /// </summary>
    private static bool WrittenWithMarks(List<TypedWord> words)
    {
        var marked = words.Count(w => w.Kind == WordKind.Accented);
        var bare = words.Count(w => w.Kind is WordKind.Unmarked or WordKind.Ambiguous);
        return marked + bare >= 3 && marked >= bare;
    }

    /// <summary>
    /// In text typed without marks, an abbreviation the archive writes with a đ far more often than without (<c>HDND</c>
    /// → <c>HĐND</c>, <c>VDV</c> → <c>VĐV</c>), read so; one it writes with D (<c>DVD</c>) stays, and so does one
    /// whose Telex keys were read already (<c>GDDT</c> is GĐT).
    /// </summary>
    private void ReadAbbreviationsWithDStroke(List<TypedWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind == WordKind.Other && word.Shown == word.Typed && word.Typed.All(char.IsAsciiLetter)
                && Model.AbbreviationWithDStroke(word.Folded) is { } written
                && written.Count > KeysOverWord * Model.CountReading(word.Folded))
            {
                words[i] = word with { Shown = TypedText.Show(word.Typed, written.Text) };
            }
        }
    }

    /// <summary>The candidate readings of every word of <paramref name="text"/>.</summary>
    private Candidate[][] Slots(string text, List<TypedWord> words, bool typesMarks, bool keepsBare)
    {
        var capitalsMeanNames = !IsTitleCase(words);
        return [.. words.Select((w, i) => Candidates(w, typesMarks, keepsBare, new WordPlace(
            capitalsMeanNames && IsCapitalisedInside(text, words, i),
            i > 0 && IsNumberBeside(text, words[i - 1], w),
            i + 1 < words.Count && IsNumberBeside(text, words[i + 1], w))))];
    }

    /// <summary>True when <paramref name="other"/> is a number a space apart from <paramref name="word"/> (<c>16 tran</c>).</summary>
    private static bool IsNumberBeside(string text, TypedWord other, TypedWord word)
    {
        if (!other.Typed.All(char.IsAsciiDigit))
        {
            return false;
        }
        var (first, second) = other.Start < word.Start ? (other, word) : (word, other);
        var end = first.Start + first.Typed.Length;
        var between = text.AsSpan(end, second.Start - end);
        return between.Length > 0 && between.IsWhiteSpace();
    }

    /// <summary>
    /// True for a word written with a capital inside its sentence (<c>gặp ông Minh</c>): a name, read as the archive's
    /// names read. Not the first word of a sentence, nor a word in capitals (an abbreviation).
    /// </summary>
    private static bool IsCapitalisedInside(string text, List<TypedWord> words, int i)
    {
        var typed = words[i].Typed;
        if (i == 0 || !char.IsUpper(typed[0]) || typed.Length < 2 || !typed.Skip(1).Any(char.IsLower))
        {
            return false;
        }
        var before = text.AsSpan(0, words[i].Start).TrimEnd();
        return before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || before[^1] == ',');
    }

    /// <summary>
    /// Text with every word capitalised (<c>Tin Tuc Ha Noi Hom Nay</c>, <c>Dan Van</c>): its capitals are a style and name
    /// nothing. Three quarters of four or more words after the first, every word of a shorter text; in a short text with
    /// a word in lower case the capitals are taken as names (<c>pho Hue</c>).
    /// </summary>
    private static bool IsTitleCase(List<TypedWord> words)
    {
        var lettered = words.Where(w => w.Typed.Any(char.IsLetter)).ToList();
        var after = lettered.Skip(1).ToList();
        var capitalised = after.Count(w => char.IsUpper(w.Typed[0]));
        return after.Count >= 4
            ? capitalised * 4 >= after.Count * 3
            : after.Count > 0 && capitalised == after.Count && char.IsUpper(lettered[0].Typed[0]);
    }

    /// <summary>
    /// The readings a word may take, with their log frequency; bare readings favoured when <paramref name="typesMarks"/>,
    /// a bare word kept as typed when <paramref name="keepsBare"/>, and each reading weighed by how often the archive
    /// writes it where the word stands (<see cref="WordPlace"/>).
    /// </summary>
    private Candidate[] Candidates(TypedWord word, bool typesMarks, bool keepsBare, WordPlace place)
    {
        if (keepsBare || word.Kind is not (WordKind.Unmarked or WordKind.Ambiguous))
        {
            return [Fixed(word.Key)];
        }
        var readings = Model.Readings(word.Folded);
        if (readings.Count == 0)
        {
            return [Fixed(word.Key)];
        }
        var candidates = readings.Take(MaxCandidates)
            .Select(r => Reading(r.Text, r.Count, (typesMarks && r.Text == word.Key ? BareBias : 0) + PlaceBias(r.Text, place)))
            .ToList();
        if (typesMarks && !candidates.Any(c => c.Reading == word.Key))
        {
            // Bare as typed is possible, but the archive never writes it so: no bias for it.
            candidates.Add(Reading(word.Key, 0, 0));
        }
        return [.. candidates];
    }

    /// <summary>
    /// Evidence the pairs do not hold (the keys are lower case, and the pairs stop at numbers). A capital inside a
    /// sentence: log P(capital | reading), Bayes' rule over the readings of one word (the bigram model's likelihood times
    /// how likely each reading is written so). Next to a number: the log of how much more often than the average word
    /// the reading stands there, only where it does (a reading never seen beside a number in the sample is not
    /// penalised for its count: <c>quan ở 8</c> stays, which the full factor turned into the rarer <c>ơ</c>); measured,
    /// the one-sided factor did better for numbers (94.90% against 94.80% of syllables) and worse for capitals.
    /// </summary>
    private double PlaceBias(string reading, WordPlace place)
        => (place.CapitalisedInside ? Math.Log(Model.Forms.CapitalisedShare(reading)) : 0)
           + (place.AfterNumber ? Math.Max(0, Math.Log(Model.Forms.AfterNumberLift(reading))) : 0)
           + (place.BeforeNumber ? Math.Max(0, Math.Log(Model.Forms.BeforeNumberLift(reading))) : 0);

    private Candidate Fixed(string reading) => Reading(reading, Model.CountReading(reading), 0);

    /// <summary>
    /// A reading written <paramref name="count"/> times, with what every transition into and out of it needs, computed
    /// once rather than in the decoder's inner loop: its log frequency, its μ as the word before (μ₀ + ½·T), and what an
    /// unseen pair into it falls back on (Q, see <see cref="LogTransition"/>).
    /// </summary>
    private Candidate Reading(string reading, long count, double bias)
    {
        var prior = LogFrequency(count);
        var continuation = (Model.Preceders(reading) + SyllablePrior) / (Model.PairReadingTypes + SyllablePrior);
        return new Candidate(reading, count, prior, bias,
            _pairPrior + (FollowerWeight * Model.Followers(reading)),
            (ContinuationShare * continuation) + ((1 - ContinuationShare) * Math.Exp(prior)));
    }

    /// <summary>log P(r) = log (c(r) + ½) / N.</summary>
    private double LogFrequency(long count) => Math.Log((count + SyllablePrior) / (Model.TotalCount + SyllablePrior));

    /// <summary>
    /// The likeliest path of readings under the trigram model (a second-order Viterbi: a state is the readings of two
    /// neighbouring words). Only pairs of readings the headlines and leads continue have a trigram level; from every
    /// other pair the step is the bigram's, so their best is taken once rather than per reading before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Viterbi(Lattice lattice, out double pathScore)
    {
        var (words, slots) = (lattice.Words, lattice.Slots);
        var n = slots.Length;
        var first = new double[slots[0].Length];
        for (var c = 0; c < first.Length; c++)
        {
            first[c] = slots[0][c].Bias + lattice.Start[0]![c];
        }
        if (n == 1)
        {
            var ends = first.Select((s, c) => s + lattice.LogEnd(0, -1, c)).ToArray();
            pathScore = ends.Max();
            return [Array.IndexOf(ends, pathScore)];
        }
        // score[i][p, c]: best path ending with candidate p at i - 1 and c at i; back[i][p, c]: its candidate at i - 2.
        var score = new double[n][,];
        var back = new int[n][,];
        var continued = new List<(int From, TripleCounts Triples)>();
        for (var i = 1; i < n; i++)
        {
            var (before, here) = (slots[i - 1].Length, slots[i].Length);
            var bigram = lattice.Bigrams[i];
            score[i] = new double[before, here];
            back[i] = new int[before, here];
            for (var p = 0; p < before; p++)
            {
                // The best way into p, given how word i goes on from it: a new run (the last one ends at p), the second
                // word of a run (history: the start and p), or any later word (history: u and p, where u's pair has a
                // trigram level; from every other u the bigram's step, so their best is taken once).
                var (bestBare, bestBareFrom) = (double.NegativeInfinity, 0);
                continued.Clear();
                for (var u = 0; u < (i == 1 ? 1 : slots[i - 2].Length); u++)
                {
                    var s = (i == 1 ? first[p] : score[i - 1][u, p]) + (bigram is null ? lattice.LogEnd(i - 1, i == 1 ? -1 : u, p) : 0);
                    var triples = bigram is null || RunStarts(words, i - 1) ? TripleCounts.None : lattice.PairHistory[i - 1]![u, p];
                    if (triples.Total > 0)
                    {
                        continued.Add((u, triples));
                    }
                    else if (s > bestBare)
                    {
                        (bestBare, bestBareFrom) = (s, u);
                    }
                }
                var fromStart = bigram is not null && RunStarts(words, i - 1) ? lattice.StartHistory[i - 1]![p] : null;
                for (var c = 0; c < here; c++)
                {
                    var step = bigram is null ? lattice.Start[i]![c]
                        : fromStart is null ? bigram[p, c]
                        : LogTrigram(fromStart, slots[i][c].Reading, bigram[p, c]);
                    var (best, from) = (bestBare + step, bestBareFrom);
                    foreach (var (u, triples) in continued)
                    {
                        var s = score[i - 1][u, p] + LogTrigram(triples, slots[i][c].Reading, bigram![p, c]);
                        if (s > best)
                        {
                            (best, from) = (s, u);
                        }
                    }
                    score[i][p, c] = best + slots[i][c].Bias;
                    back[i][p, c] = from;
                }
            }
        }
        var (last, lastBefore, lastHere) = (score[n - 1], slots[n - 2].Length, slots[n - 1].Length);
        var path = new int[n];
        pathScore = double.NegativeInfinity;
        for (var p = 0; p < lastBefore; p++)
        {
            for (var c = 0; c < lastHere; c++)
            {
                var s = last[p, c] + lattice.LogEnd(n - 1, p, c);
                if (s > pathScore)
                {
                    (pathScore, path[n - 2], path[n - 1]) = (s, p, c);
                }
            }
        }
        for (var i = n - 1; i >= 2; i--)
        {
            path[i - 2] = back[i][path[i - 1], path[i]];
        }
        return path;
    }

    /// <summary>
    /// The candidates of each word that the bigram model leaves within <see cref="PlausibleMargin"/> of the best reading
    /// of the whole text (its max-marginals, a forward and a backward pass), at most <see cref="MaxPlausible"/> a word:
    /// what the trigram level may still choose between. The trigram overturns close calls, not readings the pairs rule
    /// out, and each reading kept is a range of the term dictionary to read. With the bigram table of the readings kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Candidate[][] Slots, double[,]?[] Bigrams) Plausible(List<TypedWord> words, Candidate[][] slots)
    {
        var n = slots.Length;
        var bigrams = BigramTable(words, slots);
        var forward = Forward(words, slots, bigrams, back: null);
        // backward[i][c]: the best score of the words after i, given c at i.
        var backward = new double[n][];
        backward[n - 1] = new double[slots[n - 1].Length];
        for (var i = n - 2; i >= 0; i--)
        {
            backward[i] = new double[slots[i].Length];
            var bigram = bigrams[i + 1];
            for (var p = 0; p < slots[i].Length; p++)
            {
                var after = double.NegativeInfinity;
                for (var c = 0; c < slots[i + 1].Length; c++)
                {
                    after = Math.Max(after, (bigram is null ? slots[i + 1][c].Prior : bigram[p, c]) + slots[i + 1][c].Bias + backward[i + 1][c]);
                }
                backward[i][p] = after;
            }
        }
        var best = forward[n - 1].Max();
        int[][] kept = [.. slots.Select((candidates, i) => Enumerable.Range(0, candidates.Length)
            .Where(c => forward[i][c] + backward[i][c] >= best - PlausibleMargin)
            .OrderByDescending(c => forward[i][c] + backward[i][c])
            .Take(MaxPlausible)
            .ToArray())];
        var keptBigrams = new double[,]?[n];
        for (var i = 1; i < n; i++)
        {
            if (bigrams[i] is { } bigram)
            {
                keptBigrams[i] = new double[kept[i - 1].Length, kept[i].Length];
                for (var p = 0; p < kept[i - 1].Length; p++)
                {
                    for (var c = 0; c < kept[i].Length; c++)
                    {
                        keptBigrams[i]![p, c] = bigram[kept[i - 1][p], kept[i][c]];
                    }
                }
            }
        }
        return ([.. kept.Select((k, i) => k.Select(c => slots[i][c]).ToArray())], keptBigrams);
    }

    /// <summary>log P(c | p) for every candidate p of word i − 1 and c of word i where both are in one run; null where i starts a run.</summary>
    private double[,]?[] BigramTable(List<TypedWord> words, Candidate[][] slots)
    {
        var bigrams = new double[,]?[slots.Length];
        for (var i = 1; i < slots.Length; i++)
        {
            if (!RunStarts(words, i))
            {
                var pair = Model.Pair(words[i - 1].Folded, words[i].Folded);
                var bigram = new double[slots[i - 1].Length, slots[i].Length];
                for (var p = 0; p < slots[i - 1].Length; p++)
                {
                    for (var c = 0; c < slots[i].Length; c++)
                    {
                        bigram[p, c] = Transition(pair, slots[i - 1][p], slots[i][c]);
                    }
                }
                bigrams[i] = bigram;
            }
        }
        return bigrams;
    }

    /// <summary>
    /// The bigram model's best score of words 0..i with candidate c at i (a first-order Viterbi), and where <paramref
    /// name="back"/> is given, the candidate before each.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[][] Forward(List<TypedWord> words, Candidate[][] slots, double[,]?[] bigrams, int[][]? back)
    {
        var n = slots.Length;
        var forward = new double[n][];
        for (var i = 0; i < n; i++)
        {
            forward[i] = new double[slots[i].Length];
            var bigram = bigrams[i];
            var (before, beforeFrom) = (0.0, 0);
            if (i > 0 && bigram is null)
            {
                before = forward[i - 1].Max();
                beforeFrom = Array.IndexOf(forward[i - 1], before);
            }
            if (back is not null)
            {
                back[i] = new int[slots[i].Length];
            }
            for (var c = 0; c < slots[i].Length; c++)
            {
                var (into, from) = (before + slots[i][c].Prior, beforeFrom);
                if (bigram is not null)
                {
                    into = double.NegativeInfinity;
                    for (var p = 0; p < slots[i - 1].Length; p++)
                    {
                        if (forward[i - 1][p] + bigram[p, c] > into)
                        {
                            (into, from) = (forward[i - 1][p] + bigram[p, c], p);
                        }
                    }
                }
                forward[i][c] = into + slots[i][c].Bias;
                if (back is not null)
                {
                    back[i][c] = from;
                }
            }
        }
        return forward;
    }

    /// <summary>The bigram model's best path and its score: what completion weighs (one reading of the text per word it may end with).</summary>
    private int[] BigramPath(List<TypedWord> words, Candidate[][] slots, out double pathScore)
    {
        var n = slots.Length;
        var back = new int[n][];
        var forward = Forward(words, slots, BigramTable(words, slots), back);
        pathScore = forward[n - 1].Max();
        var path = new int[n];
        path[n - 1] = Array.IndexOf(forward[n - 1], pathScore);
        for (var i = n - 1; i > 0; i--)
        {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    /// <summary>True when word i starts a run of syllables: the first word, or one after punctuation or a number.</summary>
    private static bool RunStarts(List<TypedWord> words, int i) => i == 0 || words[i].AfterBreak;

    /// <summary>log P(reading | a run starts): how often headlines and leads start a run with it, over its frequency.</summary>
    private double LogStart(Candidate reading)
        => LogTrigram(Model.Triples(SyllableTripleFilter.RunStart, SyllableTripleFilter.RunStart), reading.Reading, reading.Prior);

    /// <summary>The terms of the score of <paramref name="path"/> that involve word <paramref name="i"/>: its step and the next two.</summary>
    private static double Local(Lattice lattice, int[] path, int i)
    {
        var score = 0.0;
        for (var j = i; j < Math.Min(i + 3, lattice.Words.Count); j++)
        {
            score += Step(lattice, path, j);
        }
        return score;
    }

    /// <summary>
    /// What word <paramref name="i"/> adds to the score of <paramref name="path"/>: its bias, how likely it follows (or
    /// starts a run, after the run before it ended), and at the last word the end of its run.
    /// </summary>
    private static double Step(Lattice lattice, int[] path, int i)
    {
        var (words, slots) = (lattice.Words, lattice.Slots);
        var current = slots[i][path[i]];
        var before = i >= 2 && !RunStarts(words, i - 1) ? path[i - 2] : -1;
        double step;
        if (RunStarts(words, i))
        {
            step = lattice.Start[i]![path[i]] + (i > 0 ? lattice.LogEnd(i - 1, before, path[i - 1]) : 0);
        }
        else
        {
            var triples = before < 0 ? lattice.StartHistory[i - 1]![path[i - 1]] : lattice.PairHistory[i - 1]![before, path[i - 1]];
            step = LogTrigram(triples, current.Reading, lattice.Bigrams[i]![path[i - 1], path[i]]);
        }
        var end = i == words.Count - 1 ? lattice.LogEnd(i, RunStarts(words, i) ? -1 : path[i - 1], path[i]) : 0;
        return current.Bias + step + end;
    }

    /// <summary>
    /// The trigram level, Witten-Bell: log (c(u p r) + λ·P(r | p)) / (c(u p ·) + λ), with λ = <see cref="TrigramFollowerWeight"/>
    /// times the number of different readings written after u p, so the counts of a pair followed by many different words
    /// weigh little against the bigram. The bigram, from all the text, is the stronger model; λ was tuned (eval/README.md).
    /// </summary>
    private static double LogTrigram(TripleCounts triples, string reading, double logLower)
    {
        if (triples.Total == 0)
        {
            return logLower;
        }
        var lambda = TrigramFollowerWeight * triples.Followers;
        return Math.Log((triples.Count(reading) + (lambda * Math.Exp(logLower))) / (triples.Total + lambda));
    }

    /// <summary>
    /// Everything the decoder and the alternatives look up, once per text: the bigram of every two neighbours, and what
    /// headlines and leads write after each reading that starts a run and after each pair of readings the archive writes.
    /// </summary>
    private sealed class Lattice
    {
        private readonly double _logRunEnd;

        /// <summary>Whether the start and the end of a run are contexts (<see cref="MinWordsForRunContexts"/>).</summary>
        private readonly bool _runContexts;

        /// <param name="restorer">The restorer whose model is read.</param>
        /// <param name="words">The words of the text.</param>
        /// <param name="slots">The candidates of each word.</param>
        /// <param name="bigrams">log P(c | p) between neighbours of one run (<see cref="BigramTable"/>), for these candidates.</param>
        /// <remarks>
        /// The trigram terms that are the same for every path (three words in a row with one candidate each) are left
        /// out: they change no choice, only the path's score, and each is a look-up in the index.
        /// </remarks>
        public Lattice(AccentRestorer restorer, List<TypedWord> words, Candidate[][] slots, double[,]?[] bigrams)
        {
            (Words, Slots) = (words, slots);
            var model = restorer.Model;
            _logRunEnd = model.LogRunEnd;
            _runContexts = words.Count >= MinWordsForRunContexts;
            var n = slots.Length;
            Bigrams = bigrams;
            StartHistory = new TripleCounts[]?[n];
            Start = new double[]?[n];
            PairHistory = new TripleCounts[,]?[n];
            for (var i = 0; i < n; i++)
            {
                var chooses = slots[i].Length > 1 || (i + 1 < n && !RunStarts(words, i + 1) && slots[i + 1].Length > 1);
                if (RunStarts(words, i))
                {
                    StartHistory[i] = [.. slots[i].Select(c => chooses && _runContexts ? model.Triples(SyllableTripleFilter.RunStart, c.Reading) : TripleCounts.None)];
                    Start[i] = [.. slots[i].Select(c => slots[i].Length > 1 && _runContexts ? restorer.LogStart(c) : c.Prior)];
                    continue;
                }
                var pair = model.Pair(words[i - 1].Folded, words[i].Folded);
                PairHistory[i] = History(model, pair, slots[i - 1], slots[i], lookUp: chooses || slots[i - 1].Length > 1);
            }
        }

        public List<TypedWord> Words { get; }

        public Candidate[][] Slots { get; }

        /// <summary>log P(c | p) for every candidate p of word i − 1 and c of word i, in one run; null where i starts a run.</summary>
        public double[,]?[] Bigrams { get; }

        /// <summary>log P(c | a run starts) for every candidate c of word i, where word i starts a run.</summary>
        public double[]?[] Start { get; }

        /// <summary>What follows each reading of word j after a run's start, where word j starts a run.</summary>
        public TripleCounts[]?[] StartHistory { get; }

        /// <summary>What follows each pair of readings (u of word j − 1, p of word j), where word j goes on a run.</summary>
        public TripleCounts[,]?[] PairHistory { get; }

        /// <summary>
        /// log P(the run ends | its last two readings): u (word j − 1, or −1 when j starts its run) and p (word j), over
        /// the share of words that end a run.
        /// </summary>
        public double LogEnd(int j, int u, int p)
        {
            if (!_runContexts)
            {
                return 0;
            }
            var triples = u < 0 || RunStarts(Words, j) ? StartHistory[j]![p] : PairHistory[j]![u, p];
            return LogTrigram(triples, SyllableTripleFilter.RunEnd, _logRunEnd);
        }

        /// <summary>
        /// The triples after each pair of readings the archive writes (a few of the K² pairs); none after the rest, nor
        /// when <paramref name="lookUp"/> is false (where they would change no choice).
        /// </summary>
        private static TripleCounts[,] History(SyllableModel model, PairReadingCounts pair, Candidate[] first, Candidate[] second, bool lookUp)
        {
            var history = new TripleCounts[first.Length, second.Length];
            for (var u = 0; u < first.Length; u++)
            {
                for (var p = 0; p < second.Length; p++)
                {
                    history[u, p] = TripleCounts.None;
                }
            }
            if (!lookUp)
            {
                return history;
            }
            foreach (var reading in pair.All)
            {
                var space = reading.Text.IndexOf(' ', StringComparison.Ordinal);
                var u = IndexOf(first, reading.Text.AsSpan(0, space));
                var p = IndexOf(second, reading.Text.AsSpan(space + 1));
                if (u >= 0 && p >= 0 && reading.Count > 0)
                {
                    history[u, p] = model.Triples(first[u].Reading, second[p].Reading);
                }
            }
            return history;
        }

        private static int IndexOf(Candidate[] candidates, ReadOnlySpan<char> reading)
        {
            for (var i = 0; i < candidates.Length; i++)
            {
                if (reading.SequenceEqual(candidates[i].Reading))
                {
                    return i;
                }
            }
            return -1;
        }
    }

    /// <summary>log P(r | previous): the pair count smoothed towards the syllable frequency.</summary>
    private static double Transition(PairReadingCounts pair, Candidate previous, Candidate current)
        => LogTransition(pair.Count(previous.Reading, current.Reading), previous, current);

    /// <summary>
    /// The smoothed bigram: log (c(prev cur) + μ·Q(cur)) / (c(prev) + μ), with μ = μ₀ + ½·T(prev), T the number of
    /// different readings the archive writes after prev (<see cref="SyllableModel.Followers"/>), and Q(cur) half the
    /// frequency of cur and half its share of the different pairs it ends (<see cref="SyllableModel.Preceders"/>).
    /// </summary>
    /// <remarks>
    /// A fixed μ trusted every word's pairs alike. Witten-Bell smoothing gives a history the more weight for unseen
    /// followers the more different followers it has: after <c>của</c> (thousands of different words) a pair never seen
    /// says little, after <c>hồ</c> (a few) it says much. And what a pair never seen falls back on is, as Kneser and Ney
    /// showed, better the readiness of a word to take new neighbours than its frequency alone. Measured in eval/README.md
    /// (tuning slice and reported headlines): μ₀ + ½·T, then Q with half and all of the continuation share.
    /// </remarks>
    private static double LogTransition(long together, Candidate previous, Candidate current)
        => Math.Log((together + (previous.Mu * current.Fallback)) / (previous.Count + previous.Mu));

    /// <summary>The text with each word replaced by its reading; everything between words as typed.</summary>
    private static string Show(string text, List<TypedWord> words, Candidate[][] slots, int[] path)
        => Show(text, words, i => words[i].Kind is WordKind.Unmarked or WordKind.Ambiguous ? TypedText.Show(words[i].Typed, slots[i][path[i]].Reading) : words[i].Shown);

    /// <summary>The text with word i replaced by <paramref name="shown"/>(i); everything between words as typed.</summary>
    private static string Show(string text, List<TypedWord> words, Func<int, string> shown)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            sb.Append(text, at, words[i].Start - at);
            sb.Append(shown(i));
            at = words[i].Start + words[i].Typed.Length;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }
}

/// <summary>
/// A reading a word may take: its count, its log frequency P(r), a log bias added to every path through it, its μ as the
/// word before, and Q, what an unseen pair into it falls back on.
/// </summary>
internal readonly record struct Candidate(string Reading, long Count, double Prior, double Bias, double Mu, double Fallback);

/// <summary>Where a typed word stands: capitalised inside its sentence, right after a number, right before one.</summary>
internal readonly record struct WordPlace(bool CapitalisedInside, bool AfterNumber, bool BeforeNumber);
