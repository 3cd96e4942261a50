using System.Globalization;

namespace DongDa.Search.Eval;

/// <summary>
/// <c>known-item</c>: the quality table (and with <c>--latency</c> the query latency) of DongDa.Search beside plain
/// Lucene.Net; <c>phrases</c>: the phrase-recovery table (short queries, P@10); <c>loanwords</c>: a loanword typed
/// closed, open or hyphenated; <c>tune</c>: a grid of ranking parameters
/// on the dev half of the topics (<c>--set phrases</c> for the phrase topics). See eval/README.md.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] is "restore" or "english-words" or "syllable-frequencies")
        {
            return Typing(args[0], ParseOptions(args[1..]));
        }
        if (args.Length > 0 && args[0] == "related")
        {
            return Related(ParseOptions(args[1..]));
        }
        if (args.Length == 0 || args[0] is not ("known-item" or "phrases" or "loanwords" or "tune"))
        {
            Console.Error.WriteLine("usage: related --data DIR --work DIR [--sources N] [--results FILE] [--tune [--terms N,..] [--pair-weight X,..] [--min-tf N,..] [--min-df N,..] [--max-tokens N,..] [--category X,..]]");
            Console.Error.WriteLine("usage: known-item|phrases|loanwords|tune --data DIR --work DIR [--topics N] [--systems dongda,standard,icu] "
                + "[--k1 X] [--b X] [--title X] [--summary X] [--adjacency X] [--reading X] [--guessed X] [--short-words N] [--fallback X] [--fallback-by-rescoring on|off] [--min-words P] [--depth N] [--all-words-up-to N] [--abbreviations on|off] [--compound-forms on|off] [--common X] [--coverage X] [--split all] [--results FILE] [--expected FILE] [--latency] [--per-query FILE] [--set known-item|phrases]");
            return 1;
        }
        var options = ParseOptions(args[1..]);
        var data = options.GetValueOrDefault("data") ?? Path.Combine("..", "shared", "data");
        if (!File.Exists(Path.Combine(data, "news-dev.jsonl.gz")))
        {
            Console.Error.WriteLine($"skipped: {Path.Combine(data, "news-dev.jsonl.gz")} is not on this machine");
            return 0;
        }
        var settings = new KnownItemSettings
        {
            DataDirectory = data,
            WorkDirectory = options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "dongda-known-item"),
            TopicCount = int.Parse(options.GetValueOrDefault("topics") ?? "1000", CultureInfo.InvariantCulture),
            Systems = (options.GetValueOrDefault("systems") ?? "dongda,standard,icu").Split(','),
            Variants = options.GetValueOrDefault("variants")?.Split(',') ?? QueryVariants.Names,
            Options = args[0] == "tune" ? new ArticleSearcherOptions() : Ranking(new ArticleSearcherOptions(), options),
        };

        if (args[0] == "tune")
        {
            return Tune(settings, options);
        }

        string header;
        List<string> lines;
        if (args[0] == "phrases")
        {
            using var perQuery = options.GetValueOrDefault("per-query") is { } perQueryPath ? new StreamWriter(perQueryPath) : null;
            header = PhraseRow.TsvHeader;
            lines = [.. PhraseExperiment.Run(settings, Console.Error, perQuery).Select(r => r.ToTsv())];
        }
        else if (args[0] == "loanwords")
        {
            header = LoanwordRow.TsvHeader;
            lines = [.. LoanwordExperiment.Run(settings, Console.Error).Select(r => r.ToTsv())];
        }
        else
        {
            header = KnownItemExperiment.TsvHeader;
            lines = [.. KnownItemExperiment.Run(settings, Console.Error).Select(r => r.ToTsv())];
        }
        Console.WriteLine(header);
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
        if (options.GetValueOrDefault("results") is { } results)
        {
            File.WriteAllLines(results, [header, .. lines]);
        }
        var status = 0;
        if (options.GetValueOrDefault("expected") is { } expected)
        {
            var want = File.ReadAllLines(expected).Skip(1).Where(l => l.Length > 0).ToList();
            var differences = want.Except(lines).Concat(lines.Except(want)).ToList();
            Console.Error.WriteLine(differences.Count == 0 ? $"matches {expected}" : $"differs from {expected}:\n  " + string.Join("\n  ", differences));
            status = differences.Count == 0 ? 0 : 2;
        }
        if (options.ContainsKey("latency"))
        {
            Console.WriteLine();
            Console.WriteLine("system\tmode\tp50 ms\tp99 ms");
            foreach (var (system, mode, p50, p99) in KnownItemExperiment.Latency(settings, Console.Error))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{system}\t{mode}\t{p50:0.00}\t{p99:0.00}"));
            }
        }
        return status;
    }

    /// <summary>The related-articles table: ours beside plain MoreLikeThis, category share and near-duplicates in the top 5.</summary>
    private static int Related(Dictionary<string, string?> options)
    {
        var data = options.GetValueOrDefault("data") ?? Path.Combine("..", "shared", "data");
        if (!File.Exists(Path.Combine(data, "news-dev.jsonl.gz")))
        {
            Console.Error.WriteLine($"skipped: {Path.Combine(data, "news-dev.jsonl.gz")} is not on this machine");
            return 0;
        }
        var work = options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "dongda-related");
        var sources = int.Parse(options.GetValueOrDefault("sources") ?? "1000", CultureInfo.InvariantCulture);
        var rows = options.ContainsKey("tune")
            ? RelatedExperiment.Tune(data, work, sources, RelatedGrid(options), Console.Error)
            : RelatedExperiment.Run(data, work, sources, Console.Error);
        string[] lines = [RelatedRow.TsvHeader, .. rows.Select(r => r.ToTsv())];
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
        if (options.GetValueOrDefault("results") is { } results)
        {
            File.WriteAllLines(results, lines);
        }
        return 0;
    }

    /// <summary>Every combination of the comma-separated lists --terms, --pair-weight, --min-tf, --min-df, --max-tokens, --category (defaults: the library's).</summary>
    private static List<Search.Related.RelatedSettings> RelatedGrid(Dictionary<string, string?> options)
    {
        var d = Search.Related.RelatedSettings.Default;
        List<T> Values<T>(string name, T fallback, Func<string, T> parse)
            => options.GetValueOrDefault(name) is { } s ? [.. s.Split(',').Select(parse)] : [fallback];
        var floats = (string s) => float.Parse(s, CultureInfo.InvariantCulture);
        var ints = (string s) => int.Parse(s, CultureInfo.InvariantCulture);
        return [.. from terms in Values("terms", d.TermsPerKind, ints)
                   from pairWeight in Values("pair-weight", d.PairWeight, floats)
                   from minTf in Values("min-tf", d.MinTermFreq, ints)
                   from minDf in Values("min-df", d.MinDocFreq, ints)
                   from maxTokens in Values("max-tokens", d.MaxTokensRead, ints)
                   from category in Values("category", d.SameCategoryFactor, floats)
                   select new Search.Related.RelatedSettings(terms, pairWeight, minTf, minDf, maxTokens, category)];
    }

    /// <summary>Runs every combination of the comma-separated parameter lists on the even-numbered (dev) topics.</summary>
    private static int Tune(KnownItemSettings settings, Dictionary<string, string?> options)
    {
        string[] names = ["k1", "b", "summary", "adjacency", "reading", "guessed", "short-words", "fallback", "unmarked", "min-words", "depth", "all-words-up-to", "abbreviations", "common", "coverage"];
        var defaults = new ArticleSearcherOptions();
        string[] fallbacks =
        [
            F(defaults.K1), F(defaults.B), F(defaults.SummaryBoost), F(defaults.AdjacencyBoost), F(defaults.ReadingBoost), F(defaults.GuessedReadingWeight), F(defaults.ShortQueryMaxWords), F(defaults.FoldedFallbackWeight), F(defaults.UnmarkedExactWeight),
            F(defaults.MinimumWordsPercent), F(defaults.RescoreDepth), F(defaults.RequireAllWordsUpTo), defaults.ExpandAbbreviations ? "on" : "off", F(defaults.CommonWordShare), F(defaults.WordCoverageExponent),
        ];
        IEnumerable<Dictionary<string, string?>> combinations = [[]];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var values = (options.GetValueOrDefault(name) ?? fallbacks[i]).Split(',');
            combinations = combinations.SelectMany(c => values.Select(v => new Dictionary<string, string?>(c) { [name] = v })).ToList();
        }
        var phrases = options.GetValueOrDefault("set") == "phrases";
        Console.WriteLine(string.Join('\t', names) + "\t" + string.Join('\t', settings.Variants.Select(v => (phrases ? "p@10 " : "mrr@10 ") + v)));
        foreach (var combination in combinations)
        {
            var run = settings with { Options = Ranking(defaults, combination), Systems = ["dongda"], Split = options.GetValueOrDefault("split") is "all" ? null : 0 };
            var figures = phrases
                ? PhraseExperiment.Run(run, Console.Error).Select(r => r.Precision10)
                : KnownItemExperiment.Run(run, Console.Error).Select(r => r.Metrics.ReciprocalRank10);
            Console.WriteLine(string.Join('\t', names.Select(n => combination[n])) + "\t"
                + string.Join('\t', figures.Select(f => f.ToString("0.0000", CultureInfo.InvariantCulture))));
        }
        return 0;
    }

    /// <summary><c>restore</c> (the typing-aid figures of eval/README.md) and <c>english-words</c> (regenerates the shipped list).</summary>
    private static int Typing(string command, Dictionary<string, string?> options)
    {
        if (command == "english-words")
        {
            var list = options.GetValueOrDefault("from") ?? "/usr/share/dict/american-english-small";
            if (!File.Exists(list))
            {
                Console.Error.WriteLine($"no word list at {list} (apt-get install wamerican-small, or --from FILE)");
                return 2;
            }
            return TypingExperiment.WriteEnglishWords(list, Console.Out);
        }
        var data = options.GetValueOrDefault("data") ?? Path.Combine("..", "shared", "data");
        if (!File.Exists(Path.Combine(data, "news-dev.jsonl.gz")))
        {
            Console.Error.WriteLine($"skipped: {Path.Combine(data, "news-dev.jsonl.gz")} is not on this machine");
            return 0;
        }
        if (command == "syllable-frequencies")
        {
            return TypingExperiment.WriteSyllableFrequencies(data, int.Parse(options.GetValueOrDefault("min") ?? "3", CultureInfo.InvariantCulture), Console.Out, Console.Error);
        }
        var english = options.GetValueOrDefault("english") ?? TypingExperiment.DefaultEnglishSource();
        if (!File.Exists(english))
        {
            Console.Error.WriteLine("no English phrase source: give --english FILE (a .NET reference documentation XML file)");
            return 2;
        }
        var settings = new KnownItemSettings
        {
            DataDirectory = data,
            WorkDirectory = options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "dongda-known-item"),
            TopicCount = int.Parse(options.GetValueOrDefault("topics") ?? "1000", CultureInfo.InvariantCulture),
        };
        using var errors = options.GetValueOrDefault("errors") is { } path ? new StreamWriter(path) : null;
        var skip = int.Parse(options.GetValueOrDefault("skip") ?? "0", CultureInfo.InvariantCulture);
        double? mu = options.GetValueOrDefault("mu") is { } m ? double.Parse(m, CultureInfo.InvariantCulture) : null;
        var rows = TypingExperiment.Run(settings, english, skip, mu, Console.Error, errors);
        Console.WriteLine(TypingExperiment.TsvHeader);
        foreach (var row in rows)
        {
            Console.WriteLine(row.ToTsv());
        }
        return 0;
    }

    private static string F(float value) => value.ToString(CultureInfo.InvariantCulture);

    private static ArticleSearcherOptions Ranking(ArticleSearcherOptions start, Dictionary<string, string?> options)
    {
        float F(string name, float value) => options.GetValueOrDefault(name) is { } s ? float.Parse(s, CultureInfo.InvariantCulture) : value;
        return start with
        {
            K1 = F("k1", start.K1),
            B = F("b", start.B),
            TitleBoost = F("title", start.TitleBoost),
            SummaryBoost = F("summary", start.SummaryBoost),
            AdjacencyBoost = F("adjacency", start.AdjacencyBoost),
            ReadingBoost = F("reading", start.ReadingBoost),
            GuessedReadingWeight = F("guessed", start.GuessedReadingWeight),
            ShortQueryMaxWords = (int)F("short-words", start.ShortQueryMaxWords),
            FoldedFallbackWeight = F("fallback", start.FoldedFallbackWeight),
            FoldedFallbackByRescoring = (options.GetValueOrDefault("fallback-by-rescoring") ?? (start.FoldedFallbackByRescoring ? "on" : "off")) == "on",
            UnmarkedExactWeight = F("unmarked", start.UnmarkedExactWeight),
            MinimumWordsPercent = (int)F("min-words", start.MinimumWordsPercent),
            RescoreDepth = (int)F("depth", start.RescoreDepth),
            RequireAllWordsUpTo = (int)F("all-words-up-to", start.RequireAllWordsUpTo),
            ExpandAbbreviations = (options.GetValueOrDefault("abbreviations") ?? (start.ExpandAbbreviations ? "on" : "off")) == "on",
            FindCompoundForms = (options.GetValueOrDefault("compound-forms") ?? (start.FindCompoundForms ? "on" : "off")) == "on",
            CommonWordShare = F("common", start.CommonWordShare),
            WordCoverageExponent = F("coverage", start.WordCoverageExponent),
        };
    }

    private static Dictionary<string, string?> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }
            var name = args[i][2..];
            options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
        }
        return options;
    }
}
