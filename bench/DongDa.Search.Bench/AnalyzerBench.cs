using System.Diagnostics;
using System.Text;
using DongDa.Search.Analyzers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Icu.Segmentation;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace DongDa.Search.Bench;

/// <summary>
/// Analyzer throughput on the article texts (summary + body), single-threaded, text preloaded as strings: ours (index
/// mode, both tiers) beside Standard+ASCIIFolding and ICU tokenizer+folding, measured round-robin so a busy machine
/// slows every contender alike.
/// </summary>
internal static class AnalyzerBench
{
    private const double TargetVsStandard = 0.7;
    private const double TargetVsIcu = 1.5;

    public static BenchTable Run(IReadOnlyList<RawArticleText> articles, int passes, bool breakdown, TextWriter log)
    {
        var texts = articles.Select(a => a.SummaryAndBody).ToArray();
        var chars = texts.Sum(t => (long)t.Length);
        var megabytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1e6;
        var contenders = new List<(string Name, Func<string, TokenCount> Consume)>
        {
            ("DongDa VietnameseAnalyzer (index)", Consumer(new VietnameseAnalyzer())),
            ("Standard+ASCIIFolding", Consumer(new StandardFoldingAnalyzer())),
            ("ICUTokenizer+ICUFolding", Consumer(new IcuFoldingAnalyzer())),
        };
        if (breakdown)
        {
            contenders.Add(("  stage: char filter only", ReadCharFilter));
            for (var stages = 1; stages < VietnameseStages.Names.Length; stages++)
            {
                contenders.Add(($"  stage: +{VietnameseStages.Names[stages]}", Consumer(new VietnameseStages(stages, charFilter: true))));
            }
            contenders.Add(("  stage: tokenizer without char filter", Consumer(new VietnameseStages(1, charFilter: false))));
        }

        var timings = Measure(contenders, texts, passes, log);
        var ours = timings[0];
        var table = new BenchTable("analyzer", "Analyzer throughput (single thread, summary+body)",
        [
            new("analyzer", "analyzer"),
            new("mbPerCpuSecond", "MB/s CPU", "F1"),
            new("mbPerSecond", "MB/s wall", "F1"),
            new("megaCharsPerCpuSecond", "Mchar/s CPU", "F1"),
            new("tokens", "tokens", "N0"),
            new("bestCpuSeconds", "best CPU s", "F2"),
            new("bestSeconds", "best wall s", "F2"),
            new("medianSeconds", "median wall s", "F2"),
            new("oursPerThis", "ours/this CPU", "F2"),
        ]);
        foreach (var t in timings)
        {
            table.AddRow(t.Name, megabytes / t.BestCpu, megabytes / t.Best, chars / 1e6 / t.BestCpu, t.Tokens.Tokens,
                t.BestCpu, t.Best, t.Median, t.BestCpu / ours.BestCpu);
        }

        table.Notes.Add($"input: {texts.Length:N0} articles, {chars:N0} UTF-16 chars, {megabytes:F1} MB UTF-8; "
            + $"{passes} timed passes after a warm-up, contenders round-robin; speeds from the best pass");
        table.Notes.Add("CPU = CPU time of the process during the pass (GC included), which other jobs on the shared cores barely disturb; wall = elapsed time");
        foreach (var (other, target) in new[] { (timings[1], TargetVsStandard), (timings[2], TargetVsIcu) })
        {
            var byCpu = other.BestCpu / ours.BestCpu;
            table.Notes.Add($"ours/{other.Name} = {byCpu:F2} by CPU time, {other.Best / ours.Best:F2} by wall time "
                + $"(target >= {target}): {Verdict(byCpu >= target)}");
        }
        table.Notes.Add("ours emits two keys (exact + folded) per accented word, hence about twice the tokens of the others");
        if (breakdown)
        {
            table.Notes.Add("stage rows: our chain cut after that stage (cumulative), so the cost of a stage is its time minus the row above");
        }

        return table;
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private sealed record Timing(string Name, double Best, double Median, double BestCpu, TokenCount Tokens);

    /// <summary>Tokens produced and term characters read: reading every term is what a consumer (the indexer) pays.</summary>
    internal readonly record struct TokenCount(long Tokens, long TermChars)
    {
        public static TokenCount operator +(TokenCount a, TokenCount b) => new(a.Tokens + b.Tokens, a.TermChars + b.TermChars);
    }

    private static List<Timing> Measure(List<(string Name, Func<string, TokenCount> Consume)> contenders, string[] texts, int passes, TextWriter log)
    {
        // Warm-up on a tenth of the texts: enough for the JIT to reach its optimized tier without a full extra pass.
        var warmUp = texts.Take(Math.Max(500, texts.Length / 10)).ToArray();
        foreach (var (_, consume) in contenders)
        {
            ConsumeAll(consume, warmUp);
        }

        var seconds = contenders.Select(_ => new List<double>()).ToArray();
        var cpuSeconds = contenders.Select(_ => new List<double>()).ToArray();
        var counts = new TokenCount[contenders.Count];
        for (var pass = 1; pass <= passes; pass++)
        {
            for (var i = 0; i < contenders.Count; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpuStart = CpuClock.ProcessSeconds();
                var clock = Stopwatch.StartNew();
                var count = ConsumeAll(contenders[i].Consume, texts);
                seconds[i].Add(clock.Elapsed.TotalSeconds);
                cpuSeconds[i].Add(CpuClock.ProcessSeconds() - cpuStart);
                if (pass > 1 && count != counts[i])
                {
                    throw new BenchFailureException($"{contenders[i].Name}: pass {pass} gave {count} tokens, pass 1 gave {counts[i]}");
                }
                counts[i] = count;
                log.WriteLine($"analyzer: pass {pass}/{passes} {contenders[i].Name.Trim()}: {seconds[i][^1]:F2} s ({cpuSeconds[i][^1]:F2} s CPU), {count.Tokens:N0} tokens");
            }
        }

        return contenders.Select((c, i) => new Timing(c.Name, seconds[i].Min(), Median(seconds[i]), cpuSeconds[i].Min(), counts[i])).ToList();
    }

    private static TokenCount ConsumeAll(Func<string, TokenCount> consume, string[] texts)
    {
        var total = default(TokenCount);
        foreach (var text in texts)
        {
            total += consume(text);
        }
        return total;
    }

    private static Func<string, TokenCount> Consumer(Analyzer analyzer) => text =>
    {
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        long tokens = 0, termChars = 0;
        while (stream.IncrementToken())
        {
            tokens++;
            termChars += term.Length;
        }
        stream.End();
        return new TokenCount(tokens, termChars);
    };

    private static readonly char[] CharFilterBuffer = new char[8192];

    private static TokenCount ReadCharFilter(string text)
    {
        using var filter = new VietnameseNormalizingCharFilter(new StringReader(text));
        long read = 0;
        int n;
        while ((n = filter.Read(CharFilterBuffer, 0, CharFilterBuffer.Length)) > 0)
        {
            read += n;
        }
        return new TokenCount(0, read);
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>StandardAnalyzer's chain without stop words, plus ASCII folding: the usual "accent-insensitive" baseline.</summary>
    private sealed class StandardFoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(VietnameseAnalyzer.MatchVersion, reader);
            TokenStream stream = new StandardFilter(VietnameseAnalyzer.MatchVersion, tokenizer);
            stream = new LowerCaseFilter(VietnameseAnalyzer.MatchVersion, stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /// <summary>Unicode-aware baseline: ICU word segmentation and ICU folding (case, accents, width).</summary>
    private sealed class IcuFoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new ICUTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    }

    /// <summary>
    /// VietnameseAnalyzer's chain cut after a number of stages, for the cost breakdown. Mirrors
    /// VietnameseAnalyzer.CreateComponents: keep the two in step.
    /// </summary>
    private sealed class VietnameseStages(int stages, bool charFilter) : Analyzer
    {
        public static readonly string[] Names = ["char filter", "tokenizer", "lower case", "horn slips", "tone marks", "spelling variants", "units", "folding"];

        protected override TextReader InitReader(string fieldName, TextReader reader)
            => charFilter ? new VietnameseNormalizingCharFilter(reader) : reader;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new VietnameseTokenizer(reader);
            TokenStream stream = tokenizer;
            Func<TokenStream, TokenStream>[] filters =
            [
                s => new LetterCaseFilter(s),
                s => new HornSlipFilter(s),
                s => new ToneMarkNormalizationFilter(s),
                s => new SpellingVariantFilter(s),
                s => new UnitNormalizationFilter(s, VietnameseAnalyzerMode.Index),
                s => new DiacriticFoldingFilter(s, VietnameseAnalyzerMode.Index),
            ];
            foreach (var filter in filters.Take(stages - 1))
            {
                stream = filter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
