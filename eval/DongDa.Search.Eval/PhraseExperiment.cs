using System.Globalization;
using DongDa.Search.Analyzers;
using DongDa.Search.Evaluation;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Eval;

/// <summary>One row of the phrase-recovery table: a system, a spelling and its mean figures.</summary>
internal sealed record PhraseRow(string System, string Variant, double Precision10, double Ndcg10, double ReciprocalRank10, double Recall100)
{
    public const string TsvHeader = "system\tvariant\tp@10\tndcg@10\tmrr@10\trecall@100";

    public string ToTsv() => string.Create(CultureInfo.InvariantCulture,
        $"{System}\t{Variant}\t{Precision10:0.0000}\t{Ndcg10:0.0000}\t{ReciprocalRank10:0.0000}\t{Recall100:0.0000}");
}

/// <summary>
/// Phrase recovery (../shared/data/eval/phrases-dev): one short Vietnamese word typed bare, in six spellings; the
/// relevant articles are those containing that word in its (majority) reading. Every article is indexed with its title.
/// </summary>
internal static class PhraseExperiment
{
    /// <summary>Spelling → topic file of the data set, in table order.</summary>
    public static readonly IReadOnlyList<(string Variant, string File)> Spellings =
    [
        ("accented", "topics.acc.tsv"),
        ("no-accents", "topics.noacc.tsv"),
        ("half-accented", "topics.partial.tsv"),
        ("nfd", "topics.nfd.tsv"),
        ("other-tone-style", "topics.tone.tsv"),
        ("upper-case", "topics.upper.tsv"),
    ];

    /// <summary>Runs every system on every spelling and returns the table; <paramref name="perQuery"/> (if given) gets P@10 per topic.</summary>
    public static List<PhraseRow> Run(KnownItemSettings settings, TextWriter log, TextWriter? perQuery = null)
    {
        var topicsDirectory = Path.Combine(settings.DataDirectory, "eval", "phrases-dev");
        var qrels = ReadQrels(Path.Combine(topicsDirectory, "qrels.txt"));
        List<Article>? corpus = null;
        List<Article> Corpus() => corpus ??= DevCorpus.Read(Path.Combine(settings.DataDirectory, "news-dev.jsonl.gz"));

        var rows = new List<PhraseRow>();
        foreach (var systemName in settings.Systems)
        {
            using var system = OpenSystem(systemName, settings, Corpus, log);
            foreach (var (variant, file) in Spellings.Where(s => settings.Variants.Contains(s.Variant)))
            {
                var topics = TrecFiles.ReadTopics(Path.Combine(topicsDirectory, file));
                var metrics = new List<(double P10, QueryMetrics M)>();
                foreach (var topic in topics)
                {
                    if (settings.Split is { } split && TopicNumber(topic.Id) % 2 != split)
                    {
                        continue;
                    }
                    var judged = qrels.GetValueOrDefault(topic.Id) ?? new Dictionary<string, int>();
                    var ranking = system.Rank(topic.Query, 100).Select(r => r.Id).ToList();
                    var p10 = ranking.Take(10).Count(id => judged.GetValueOrDefault(id) > 0) / 10.0;
                    metrics.Add((p10, RetrievalMetrics.ForQuery(ranking, judged)));
                    perQuery?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{system.Name}\t{variant}\t{topic.Id}\t{topic.Query}\t{p10:0.0}"));
                }
                rows.Add(new PhraseRow(system.Name, variant,
                    metrics.Average(m => m.P10), metrics.Average(m => m.M.Ndcg10), metrics.Average(m => m.M.ReciprocalRank10), metrics.Average(m => m.M.Recall100)));
            }
        }
        return rows;
    }

    private static int TopicNumber(string id) => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);

    private static Dictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
            {
                continue;
            }
            if (!qrels.TryGetValue(parts[0], out var judged))
            {
                qrels[parts[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            judged[parts[2]] = int.Parse(parts[3], CultureInfo.InvariantCulture);
        }
        return qrels.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The system <paramref name="name"/> over every article with its title, its index built once in the work folder.</summary>
    internal static IRankingSystem OpenSystem(string name, KnownItemSettings settings, Func<List<Article>> corpus, TextWriter log)
    {
        var path = Path.Combine(settings.WorkDirectory, name == "dongda"
            ? $"phrases-index-{IndexCompatibility.SchemaVersion}-{VietnameseAnalyzer.Version}"
            : "phrases-index-" + name);
        switch (name)
        {
            case "dongda":
                IndexCache.Ensure(path, p => DongDaSystem.Build(p, corpus(), withTitles: true), log);
                return new DongDaSystem(path, settings.Options);
            case "standard":
                IndexCache.Ensure(path, p => LuceneBaseline.Build(p, corpus(), LuceneBaseline.Standard(), withTitles: true), log);
                return new LuceneBaseline("lucene-standard", path, LuceneBaseline.Standard(), withTitles: true);
            case "icu":
                IndexCache.Ensure(path, p => LuceneBaseline.Build(p, corpus(), LuceneBaseline.IcuFolding(), withTitles: true), log);
                return new LuceneBaseline("lucene-icu-folding", path, LuceneBaseline.IcuFolding(), withTitles: true);
            default:
                throw new ArgumentException($"unknown system '{name}' (dongda, standard, icu)");
        }
    }
}
