using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DongDa.Search.Analyzers;
using DongDa.Search.Evaluation;
using Lucene.Net.Analysis.TokenAttributes;

namespace DongDa.Search.Eval;

/// <summary>
/// <c>restore</c>: accent restoration of the known-item headlines (which the restore index does not hold as titles),
/// stripped of accents, typed in Telex and in VNI; and queries that must come back untouched (the same headlines
/// accented, English phrases). See eval/README.md.
/// </summary>
internal static partial class TypingExperiment
{
    /// <summary>One measure: what was asked, how many syllables and texts came back right.</summary>
    public sealed record Row(string Measure, int Texts, int TextsRight, int Syllables, int SyllablesRight)
    {
        public string ToTsv() => string.Create(CultureInfo.InvariantCulture,
            $"{Measure}\t{Texts}\t{TextsRight}\t{(double)TextsRight / Math.Max(1, Texts):0.0000}\t{Syllables}\t{SyllablesRight}\t{(double)SyllablesRight / Math.Max(1, Syllables):0.0000}");
    }

    public const string TsvHeader = "measure\ttexts\ttexts right\ttext rate\tsyllables\tsyllables right\tsyllable accuracy";

    /// <summary>
    /// The table. <paramref name="skip"/> &gt; 0 takes the headlines after the first <paramref name="skip"/> of the sample
    /// (a tuning slice apart from the reported one); <paramref name="pairPrior"/> replaces the restorer's μ.
    /// </summary>
    public static List<Row> Run(KnownItemSettings settings, string englishSource, int skip, double? pairPrior, TextWriter log, TextWriter? errors)
    {
        var corpus = KnownItemExperiment.Corpus(settings.DataDirectory, log);
        if (skip + settings.TopicCount > HeldOutHeadlines)
        {
            throw new ArgumentException($"the restore index holds out the first {HeldOutHeadlines:N0} headlines of the sample; --skip plus --topics must stay within them");
        }
        var indexPath = EnsureIndex(settings, corpus, log);
        var headlines = DevCorpus.KnownItemSample(corpus, skip + settings.TopicCount).Skip(skip).Select(a => a.Title.Normalize(NormalizationForm.FormC)).ToList();
        using var searcher = ArticleSearcher.Open(indexPath, settings.Options);
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        Func<string, string> restore = t => searcher.Restore(t).Reading;
        if (pairPrior is { } mu)
        {
            var restorer = new Typing.AccentRestorer(Typing.SyllableModel.Load(reader), mu);
            restore = t => restorer.Restore(t).Reading;
        }
        var english = EnglishPhrases(englishSource, settings.TopicCount);
        var addressed = corpus.Where(HeadlineInAddress).ToList();
        var shortQueries = ShortQueries(settings.DataDirectory);
        log.WriteLine($"{headlines.Count} headlines, {english.Count} English phrases from {englishSource}, {addressed.Count} headlines also in their web address");
        return
        [
            Measure("no accents", headlines, QueryVariants.RemoveMarks, restore, errors),
            Measure("telex", headlines, t => PerWord(t, Telex), restore, errors),
            Measure("vni", headlines, t => PerWord(t, Vni), restore, errors),
            Measure("accented, untouched", headlines, t => t, restore, errors),
            Measure("english, untouched", english, t => t, restore, errors),
            MeasureAddresses("web address, archive", addressed, a => AddressHeadline.Read(a.Url, restore)!, errors),
            MeasureAddresses("web address, with its text", addressed, a => AddressHeadline.Read(a.Url, restore, DongDa.Search.ArticleText.Of(a))!, errors),
            MeasureAddresses("web address, with its text, capitals too", addressed, a => AddressHeadline.Read(a.Url, restore, DongDa.Search.ArticleText.Of(a))!, errors, caseToo: true),
            .. shortQueries.Count > 0 ? [Measure("short queries, no accents", shortQueries, QueryVariants.RemoveMarks, restore, errors)] : Array.Empty<Row>(),
            .. MeasureJoined(searcher, corpus, settings.DataDirectory, errors),
        ];
    }

    /// <summary>A pair of words written at least this often in the dev articles is an everyday word of the archive.</summary>
    private const int EverydayPair = 20;

    /// <summary>
    /// Syllables typed together read apart (<c>dongda</c> → đống đa), by searching each: two-syllable words of
    /// Viet74K (GPL: read here for measurement only, never shipped) the articles write at least
    /// <see cref="EverydayPair"/> times, 1,000 spread over the alphabet, and the Hà Nội place names of two to four
    /// syllables before the 2025 reform, each typed together in lower case without marks, right when what the search read
    /// it as (its interpretation, or else its suggestion) is the word; and the words of four letters or more, no
    /// syllable, that the articles write without marks at least as often (English words, brands, foreign names), right
    /// when it is read as typed. A measure whose list is missing is
    /// left out.
    /// </summary>
    private static IEnumerable<Row> MeasureJoined(ArticleSearcher searcher, List<Schema.Article> corpus, string dataDirectory, TextWriter? errors)
    {
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var bare = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in corpus)
        {
            var words = Words(DongDa.Search.ArticleText.Of(article));
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i].ToLowerInvariant();
                if (word.Length >= 4 && word.All(char.IsAsciiLetterLower))
                {
                    bare[word] = bare.GetValueOrDefault(word) + 1;
                }
                if (i + 1 < words.Count)
                {
                    var pair = word + " " + words[i + 1].ToLowerInvariant();
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }
            }
        }
        // What the search read the letters as: the query read apart (its interpretation), or a "did you mean".
        string? Suggested(string query)
        {
            var results = searcher.Search(new SearchRequest { Query = query, PageSize = 1, IncludeSnippets = false });
            return results.Interpretation ?? results.Suggestion;
        }
        static string Together(string words) => VietnameseText.Fold(words.ToLowerInvariant()).Replace(" ", "", StringComparison.Ordinal);
        // Two rows a list: the letters read apart into the word's syllables, then with the word's accents as well.
        IEnumerable<Row> Apart(string name, List<string> texts)
        {
            var read = texts.Select(t => (Together(t), Suggested(Together(t)) ?? Together(t), t)).ToList();
            yield return Tally(name + ", apart", read, (want, got) => VietnameseText.Fold(want.ToLowerInvariant()) == VietnameseText.Fold(got.ToLowerInvariant()), null);
            yield return Tally(name + ", accented", read, (want, got) => Same(want.ToLowerInvariant(), got.ToLowerInvariant()), errors);
        }

        var viet74k = Path.Combine(dataDirectory, "wordlists", "viet74k.txt");
        if (File.Exists(viet74k))
        {
            var everyday = File.ReadLines(viet74k)
                .Select(l => l.Trim().Normalize(NormalizationForm.FormC))
                .Where(w => w == w.ToLowerInvariant() && Words(w) is { Count: 2 } parts && string.Join(' ', parts) == w && pairs.GetValueOrDefault(w) >= EverydayPair)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var row in Apart("together, everyday words", [.. everyday.Where((_, i) => i % Math.Max(1, everyday.Count / 1000) == 0).Take(1000)]))
            {
                yield return row;
            }
        }
        var units = Path.Combine(dataDirectory, "places", "units-2024-11.tsv");
        if (File.Exists(units))
        {
            var places = File.ReadLines(units).Skip(1)
                .Select(l => l.Split('\t'))
                .Where(f => f.Length > 8 && f[8] == "Thành phố Hà Nội" && Words(f[2]) is { Count: >= 2 and <= 4 } parts && string.Join(' ', parts) == f[2])
                .Select(f => f[2].Normalize(NormalizationForm.FormC))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var row in Apart("together, Hà Nội places", places))
            {
                yield return row;
            }
        }
        var written = bare.Where(w => w.Value >= EverydayPair && !VietnameseSyllable.IsValidFolded(w.Key)).Select(w => w.Key).Order(StringComparer.Ordinal).ToList();
        yield return Tally("written bare, untouched", written.Select(w => (w, Suggested(w) ?? w, w)), (want, got) => Same(want, got.ToLowerInvariant()), errors);
    }

    /// <summary>
    /// The topics of the phrase set, accented: a word or two as archivists type them, cut from anywhere in a sentence
    /// (the index holds their articles: what is measured is reading a query, not a held-out text). None when absent.
    /// </summary>
    private static List<string> ShortQueries(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "eval", "phrases-dev", "topics.acc.tsv");
        return File.Exists(path) ? [.. TrecFiles.ReadTopics(path).Select(t => t.Query.Normalize(NormalizationForm.FormC))] : [];
    }

    /// <summary>Headlines of the known-item sample held out of the restore index: the reported 1,000 and tuning slices after them.</summary>
    private const int HeldOutHeadlines = 2000;

    /// <summary>
    /// The index the model is read from: every article with its title, as the portal indexes them, except the titles
    /// restored here (the first <see cref="HeldOutHeadlines"/> of the known-item sample, and every headline its web
    /// address spells), so no headline is read back from itself. Headlines are a register of their own (<c>Tin vắn</c>,
    /// few function words), which the other 40,000 titles teach the model as the portal's index does.
    /// </summary>
    private static string EnsureIndex(KnownItemSettings settings, List<Schema.Article> corpus, TextWriter log)
    {
        var heldOut = DevCorpus.KnownItemSample(corpus, HeldOutHeadlines).Concat(corpus.Where(HeadlineInAddress)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var path = Path.Combine(settings.WorkDirectory, $"restore-index-{Schema.IndexCompatibility.SchemaVersion}-{VietnameseAnalyzer.Version}-{HeldOutHeadlines}");
        IndexCache.Ensure(path, p => DongDaSystem.Build(p, corpus, withTitles: true, a => heldOut.Contains(a.Id)), log);
        return path;
    }

    /// <summary>An article whose web address spells its headline, word for word (digits and punctuation aside, as in <c>1.000</c>).</summary>
    private static bool HeadlineInAddress(Schema.Article article)
        => article.Title.Length > 0 && AddressHeadline.Words(article.Url) is { } words
           && string.Join(' ', Words(article.Title).Select(w => VietnameseText.Fold(w.ToLowerInvariant()))) == words;

    /// <summary>
    /// The headlines read from the web addresses of <paramref name="articles"/> against their titles, word by word, in
    /// lower case (an address has no capitals), or as written when <paramref name="caseToo"/>.
    /// </summary>
    private static Row MeasureAddresses(string name, List<Schema.Article> articles, Func<Schema.Article, string> read, TextWriter? errors, bool caseToo = false)
        => Tally(name, articles.Select(a => (a.Url ?? "", read(a), a.Title)), caseToo ? Same : (want, got) => Same(want.ToLowerInvariant(), got.ToLowerInvariant()), errors);

    /// <summary>Restores <paramref name="typed"/>(each text) and compares syllable by syllable with the text.</summary>
    private static Row Measure(string name, List<string> texts, Func<string, string> typed, Func<string, string> restore, TextWriter? errors)
        => Tally(name, texts.Select(t => (typed(t), restore(typed(t)), t)), Same, errors);

    /// <summary>Each reading against the text it should be, word by word; every text not read back goes to <paramref name="errors"/>.</summary>
    private static Row Tally(string name, IEnumerable<(string Input, string Reading, string Want)> readings, Func<string, string, bool> same, TextWriter? errors)
    {
        int texts = 0, textsRight = 0, syllables = 0, syllablesRight = 0;
        foreach (var (input, reading, text) in readings)
        {
            texts++;
            var (want, got) = (Words(text), Words(reading));
            if (want.Count != got.Count)
            {
                // Written together on one side, apart on the other (ôtô, ô tô): compared syllable by syllable.
                (want, got) = (Syllables(text), Syllables(reading));
            }
            var right = Enumerable.Range(0, want.Count).Count(i => i < got.Count && same(want[i], got[i]));
            syllables += want.Count;
            syllablesRight += right;
            if (right == want.Count && got.Count == want.Count)
            {
                textsRight++;
            }
            else
            {
                errors?.WriteLine($"{name}\t{input}\t{reading}\t{text}");
            }
        }
        return new Row(name, texts, textsRight, syllables, syllablesRight);
    }

    /// <summary>Two words are the same when their analyzer keys are (tone style, i/y) and they start in the same case.</summary>
    private static bool Same(string want, string got)
        => VietnameseSyllable.Key(want) == VietnameseSyllable.Key(got) && char.IsUpper(want[0]) == char.IsUpper(got[0]);

    private static List<string> Words(string text) => [.. WordPattern().Matches(text.Normalize(NormalizationForm.FormC)).Select(m => m.Value)];

    private static readonly VietnameseAnalyzer QueryAnalyzer = new(VietnameseAnalyzerMode.Query);

    /// <summary>
    /// The syllables of <paramref name="text"/> as the analyzer reads them: a word written with its syllables together
    /// (<c>ôtô</c>) is those syllables, so a reading that writes them apart (<c>ô tô</c>) is read back, not misaligned
    /// with every word after it.
    /// </summary>
    private static List<string> Syllables(string text)
    {
        var syllables = new List<string>();
        foreach (var word in Words(text))
        {
            var pieces = new List<string>();
            if (VietnameseLetters.HasMarks(word))
            {
                using var stream = QueryAnalyzer.GetTokenStream("text", word);
                var offset = stream.AddAttribute<IOffsetAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    pieces.Add(word[offset.StartOffset..offset.EndOffset]);
                }
                stream.End();
            }
            syllables.AddRange(pieces.Count > 1 && string.Concat(pieces) == word ? pieces : [word]);
        }
        return syllables;
    }

    private static string PerWord(string text, Func<string, string> type) => WordPattern().Replace(text.Normalize(NormalizationForm.FormC), m => type(m.Value));

    /// <summary>A word as typed in Telex with the input method off: marks as keys after their letter, the tone key at the end.</summary>
    internal static string Telex(string word) => Keystrokes(word, shape: (b, m) => m switch
    {
        '\u0302' => b.ToString() + b,
        '\u0306' or '\u031B' => b + (char.IsUpper(b) ? "W" : "w"),
        _ => b.ToString(),
    }, tone: t => "fsrxj"[t - 1].ToString(), dd: d => d + (char.IsUpper(d) ? "D" : "d"));

    /// <summary>A word as typed in VNI with the input method off: shape digits after their letter, the tone digit at the end.</summary>
    internal static string Vni(string word) => Keystrokes(word, shape: (b, m) => m switch
    {
        '\u0302' => b + "6",
        '\u031B' => b + "7",
        '\u0306' => b + "8",
        _ => b.ToString(),
    }, tone: t => "21345"[t - 1].ToString(), dd: d => d + "9");

    private static string Keystrokes(string word, Func<char, char, string> shape, Func<int, string> tone, Func<char, string> dd)
    {
        var sb = new StringBuilder();
        var toneNumber = 0;
        foreach (var c in word)
        {
            if (c is 'đ' or 'Đ')
            {
                sb.Append(dd(c == 'đ' ? 'd' : 'D'));
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = decomposed[0];
            var shapeMark = '\0';
            foreach (var mark in decomposed.AsSpan(1))
            {
                var t = "\u0300\u0301\u0309\u0303\u0323".IndexOf(mark, StringComparison.Ordinal);
                if (t >= 0)
                {
                    toneNumber = t + 1;
                }
                else
                {
                    shapeMark = mark;
                }
            }
            sb.Append(shapeMark == '\0' ? letter.ToString() : shape(letter, shapeMark));
        }
        if (toneNumber > 0)
        {
            sb.Append(tone(toneNumber));
        }
        return sb.ToString();
    }

    /// <summary>
    /// English phrases: the first two to five words of the one-sentence summaries in the .NET reference documentation
    /// (<paramref name="xmlDoc"/>), letters only, one per summary, in a fixed order (SHA-256 of the phrase).
    /// </summary>
    private static List<string> EnglishPhrases(string xmlDoc, int count)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in SummaryPattern().Matches(File.ReadAllText(xmlDoc)))
        {
            var summary = m.Groups[1].Value;
            if (summary.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }
            var words = summary.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(summary));
            var take = 2 + (hash[0] % 4);
            if (words.Length < take || words.Take(take).Any(w => !w.All(char.IsAsciiLetter)))
            {
                continue;
            }
            phrases.Add(string.Join(' ', words.Take(take)));
        }
        return [.. phrases.OrderBy(p => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p))), StringComparer.Ordinal).Take(count)];
    }

    /// <summary>The System.Runtime reference documentation of the .NET SDK running this program.</summary>
    public static string DefaultEnglishSource()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        return Directory.Exists(packs)
            ? Directory.GetFiles(packs, "System.Runtime.xml", SearchOption.AllDirectories).OrderDescending(StringComparer.Ordinal).FirstOrDefault() ?? ""
            : "";
    }

    /// <summary>
    /// <c>english-words</c>: the English words of <paramref name="wordList"/> (lower case, letters only) that the typing
    /// aids could take for Vietnamese: unmarked syllables and Telex keystrokes of one. Written to <paramref name="output"/>.
    /// </summary>
    public static int WriteEnglishWords(string wordList, TextWriter output)
    {
        var words = File.ReadLines(wordList)
            .Where(w => w.Length > 0 && w.All(char.IsAsciiLetterLower))
            .Where(w => VietnameseSyllable.IsValidFolded(w) || KeystrokeResidue.TryRead(w, out _))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        output.WriteLine("# English words that are also unmarked Vietnamese syllables or Telex keystrokes of one.");
        output.WriteLine("# From SCOWL size 35 (Debian wamerican-small), filtered by `DongDa.Search.Eval english-words`; licence in english-words.LICENSE.txt.");
        foreach (var word in words)
        {
            output.WriteLine(word);
        }
        return 0;
    }

    /// <summary>
    /// <c>syllable-frequencies</c>: how often each Vietnamese syllable occurs in the VnExpress (VNTC, MIT) part of the
    /// development corpus, keyed by its lower-case letters without tone and the tone number (<c>mạy</c> → <c>may5</c>),
    /// so either tone placement finds it. Counts only, no text: the table the encodings ship for <c>convert</c>.
    /// </summary>
    public static int WriteSyllableFrequencies(string dataDirectory, int minimum, TextWriter output, TextWriter log)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var article in KnownItemExperiment.Corpus(dataDirectory, log).Where(a => a.Source == "VnExpress"))
        {
            foreach (var text in (string[])[article.Title, article.Summary ?? "", article.Body])
            {
                foreach (Match m in WordPattern().Matches(text.Normalize(NormalizationForm.FormC)))
                {
                    var word = m.Value.ToLowerInvariant();
                    if (VietnameseSyllable.IsValid(word))
                    {
                        var key = FrequencyKey(word);
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }
        output.WriteLine("# Vietnamese syllables (letters without tone + tone number 0-5: none, huyền, sắc, hỏi, ngã, nặng) and their count");
        output.WriteLine($"# in the VnExpress part of the VNTC corpus (MIT), at least {minimum} occurrences; `DongDa.Search.Eval syllable-frequencies`.");
        foreach (var (key, count) in counts.Where(c => c.Value >= minimum).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}\t{count}"));
        }
        return 0;
    }

    private static string FrequencyKey(string word)
    {
        var tone = 0;
        var sb = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            var t = "\u0300\u0301\u0309\u0303\u0323".IndexOf(c, StringComparison.Ordinal);
            if (t >= 0)
            {
                tone = t + 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC) + tone.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"<summary>\s*([^.]*?)[.]?\s*</summary>")]
    private static partial Regex SummaryPattern();
}
