using System.Diagnostics;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DongDa.Search.Bench;

/// <summary>
/// Typing aids, one warm process: <see cref="ArticleSearcher.Restore"/> of headlines stripped of accents and
/// <see cref="ArticleSearcher.Suggest"/> of their first words plus one letter, beside the plain Lucene.Net operation
/// nearest to each (a prefix scan of the folded body terms, which is all plain Lucene.Net offers for completion, and a
/// TermsEnum seek per word). Also what reading the syllable model costs when a searcher first needs it.
/// </summary>
internal static class TypingBench
{
    private const double RestoreTargetP99Milliseconds = 2;
    private const double SuggestTargetP99Milliseconds = 5;
    private const int WarmUp = 50;

    /// <remarks>The index is copied to <paramref name="workDirectory"/> and merged to one segment, as the query benchmark searches.</remarks>
    public static BenchTable Run(List<Article> articles, string sourceIndex, string workDirectory, int topicCount, TextWriter log)
    {
        var indexPath = Path.Combine(workDirectory, "typing-index");
        System.IO.Directory.CreateDirectory(indexPath);
        foreach (var file in System.IO.Directory.GetFiles(sourceIndex))
        {
            File.Copy(file, Path.Combine(indexPath, Path.GetFileName(file)), overwrite: true);
        }
        log.WriteLine($"typing: index copied and merged to one segment in {QueryBench.MergeToOneSegment(indexPath):F1} s");
        var titles = Corpus.SampleWithTitles(articles, topicCount).Select(a => VietnameseText.Fold(a.Title)).ToList();
        var prefixes = titles.Select(Prefix).Where(p => p.Length > 0).ToList();
        articles.Clear();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        using var searcher = ArticleSearcher.Open(indexPath);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        searcher.Restore("dan van");
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        log.WriteLine($"typing: syllable model read in {loadSeconds:F2} s, {(heapAfter - heapBefore) / 1e6:F1} MB of heap");

        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var body = MultiFields.GetTerms(reader, ArticleFields.Body);
        var contenders = new (string Name, List<string> Inputs, Action<string> Run, double? Target)[]
        {
            ("DongDa Restore (headline without accents)", titles, t => searcher.Restore(t), RestoreTargetP99Milliseconds),
            ("plain Lucene.Net: one term seek per word", titles, t => SeekEach(body, t), null),
            ("DongDa Suggest (first words + one letter)", prefixes, p => searcher.Suggest(p), SuggestTargetP99Milliseconds),
            ("plain Lucene.Net: 10 body terms after the last word's prefix", prefixes, p => PrefixScan(body, p), null),
        };

        var table = new BenchTable("typing", $"Typing aids ({titles.Count} dev headlines, warm process; model load {loadSeconds:F2} s, {(heapAfter - heapBefore) / 1e6:F0} MB)",
        [
            new("operation", "operation"),
            new("calls", "calls"),
            new("p50Ms", "p50 ms", "F3"),
            new("p99Ms", "p99 ms", "F3"),
            new("cpuP99Ms", "CPU p99 ms", "F3"),
            new("targetMs", "target p99 ms", "F0"),
        ]);
        foreach (var (name, inputs, run, target) in contenders)
        {
            foreach (var input in inputs.Take(WarmUp))
            {
                run(input);
            }
            var wall = new List<double>(inputs.Count);
            var cpu = new List<double>(inputs.Count);
            foreach (var input in inputs)
            {
                var cpuStart = CpuClock.ThreadSeconds();
                var start = Stopwatch.GetTimestamp();
                run(input);
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (cpuStart is { } c && CpuClock.ThreadSeconds() is { } e)
                {
                    cpu.Add((e - c) * 1000);
                }
            }
            table.AddRow(name, inputs.Count, Percentile(wall, 0.50), Percentile(wall, 0.99), Percentile(cpu, 0.99), target);
            if (target is { } t && Percentile(wall, 0.99) is { } p99)
            {
                table.Notes.Add($"{name}: p99 {p99:F3} ms, target {t} ms: {(p99 <= t ? "met" : "missed")}");
            }
        }
        return table;
    }

    /// <summary>The first two words and the first letter of the third (<c>cong tac d</c>); empty for shorter titles.</summary>
    private static string Prefix(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 3 || !char.IsLetter(words[2][0]) ? "" : $"{words[0]} {words[1]} {words[2][0]}";
    }

    private static void SeekEach(Terms? terms, string text)
    {
        if (terms is null)
        {
            return;
        }
        var termsEnum = terms.GetEnumerator();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            termsEnum.SeekExact(new BytesRef(word));
        }
    }

    private static void PrefixScan(Terms? terms, string prefix)
    {
        if (terms is null)
        {
            return;
        }
        var last = prefix[(prefix.LastIndexOf(' ') + 1)..];
        var termsEnum = terms.GetEnumerator();
        if (termsEnum.SeekCeil(new BytesRef(last)) == TermsEnum.SeekStatus.END)
        {
            return;
        }
        var taken = 0;
        do
        {
            taken++;
        }
        while (taken < 10 && termsEnum.MoveNext());
    }

    private static double? Percentile(List<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
