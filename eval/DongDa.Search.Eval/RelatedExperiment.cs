using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DongDa.Search.Eval;

/// <summary>One row of the related-articles table.</summary>
/// <param name="System">dongda or plain-mlt.</param>
/// <param name="Sources">Articles asked for.</param>
/// <param name="CategoryShare">Share of the top 5 slots filled by an article of the source's own category (an empty slot counts as a miss).</param>
/// <param name="NearDuplicates">Top-5 hits that repeat the source's story (by this evaluation's own test, see <see cref="RelatedExperiment.SameStory"/>).</param>
/// <param name="SourcesWithNearDuplicates">Sources with at least one such hit.</param>
/// <param name="EmptySlots">Top-5 slots left empty.</param>
/// <param name="CpuP50Ms">Median CPU time of one call on the calling thread (Linux; 0 elsewhere).</param>
/// <param name="CpuP99Ms">99th percentile of the same.</param>
internal sealed record RelatedRow(string System, int Sources, double CategoryShare, int NearDuplicates, int SourcesWithNearDuplicates, int EmptySlots, double CpuP50Ms, double CpuP99Ms)
{
    public const string TsvHeader = "system\tsources\tcategory@5\tnear-duplicates@5\tsources with near-duplicates\tempty slots\tcpu p50 ms\tcpu p99 ms";

    public string ToTsv() => string.Create(CultureInfo.InvariantCulture,
        $"{System}\t{Sources}\t{CategoryShare:0.0000}\t{NearDuplicates}\t{SourcesWithNearDuplicates}\t{EmptySlots}\t{CpuP50Ms:0.0}\t{CpuP99Ms:0.0}");
}

/// <summary>
/// Related articles on the development corpus: for 1,000 articles (chosen by the SHA-256 of their id), the top 5 of
/// <see cref="ArticleSearcher.Related"/> on the full index (titles indexed) beside plain Lucene.Net MoreLikeThis
/// (default settings, StandardAnalyzer index of title, summary and body), both over all 42,653 articles.
/// </summary>
internal static partial class RelatedExperiment
{
    private const int Top = 5;

    /// <summary>Words per run in this evaluation's same-story test (the library uses its own, shorter runs on folded text).</summary>
    private const int RunLength = 5;

    public static List<RelatedRow> Run(string dataDirectory, string workDirectory, int sourceCount, TextWriter log)
    {
        var corpus = DevCorpus.Read(Path.Combine(dataDirectory, "news-dev.jsonl.gz"));
        log.WriteLine($"read {corpus.Count:N0} articles");
        var byId = corpus.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = corpus
            .Where(a => !string.IsNullOrEmpty(a.Category))
            .OrderBy(a => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Id))), StringComparer.Ordinal)
            .Take(sourceCount)
            .ToList();

        var oursPath = OursPath(workDirectory);
        var plainPath = Path.Combine(workDirectory, "related-plain");
        IndexCache.Ensure(oursPath, p => BuildOurs(p, corpus), log);
        IndexCache.Ensure(plainPath, p => BuildPlain(p, corpus), log);

        var rows = new List<RelatedRow>();
        using (var searcher = ArticleSearcher.Open(oursPath))
        {
            rows.Add(Score("dongda", sources, byId, source => [.. searcher.Related(source.Id, Top)!.Hits.Select(h => h.Id)]));
        }
        using (var directory = FSDirectory.Open(plainPath))
        using (var reader = DirectoryReader.Open(directory))
        using (var analyzer = new StandardAnalyzer(VietnameseAnalyzer.MatchVersion))
        {
            var plain = new IndexSearcher(reader) { Similarity = new DefaultSimilarity() };
            var mlt = new MoreLikeThis(reader) { Analyzer = analyzer, FieldNames = [ArticleFields.Title, ArticleFields.Summary, ArticleFields.Body] };
            rows.Add(Score("plain-mlt", sources, byId, source =>
            {
                var doc = plain.Search(new TermQuery(new Term(ArticleFields.Id, source.Id)), 1).ScoreDocs[0].Doc;
                var query = new BooleanQuery { { mlt.Like(doc), Occur.SHOULD }, { new TermQuery(new Term(ArticleFields.Id, source.Id)), Occur.MUST_NOT } };
                return [.. plain.Search(query, Top).ScoreDocs.Select(d => plain.Doc(d.Doc).Get(ArticleFields.Id))];
            }));
        }
        return rows;
    }

    /// <summary>Our finder with each combination of <paramref name="grid"/> on the cached index (run <see cref="Run"/> first).</summary>
    public static List<RelatedRow> Tune(string dataDirectory, string workDirectory, int sourceCount, IReadOnlyList<Search.Related.RelatedSettings> grid, TextWriter log)
    {
        var corpus = DevCorpus.Read(Path.Combine(dataDirectory, "news-dev.jsonl.gz"));
        var byId = corpus.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = corpus
            .Where(a => !string.IsNullOrEmpty(a.Category))
            .OrderBy(a => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Id))), StringComparer.Ordinal)
            .Take(sourceCount)
            .ToList();
        var oursPath = OursPath(workDirectory);
        IndexCache.Ensure(oursPath, p => BuildOurs(p, corpus), log);
        using var directory = FSDirectory.Open(oursPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        return [.. grid.Select(settings => Score(settings.ToString(), sources, byId,
            source => [.. Search.Related.RelatedArticleFinder.Find(searcher, source.Id, Top, settings)!.Hits.Select(h => h.Id)]))];
    }

    private static RelatedRow Score(string system, List<Article> sources, Dictionary<string, Article> byId, Func<Article, List<string>> related)
    {
        var inCategory = 0;
        var duplicates = 0;
        var sourcesWithDuplicates = 0;
        var empty = 0;
        var cpu = new List<double>();
        foreach (var source in sources)
        {
            var before = ThreadCpuSeconds();
            var hits = related(source);
            cpu.Add((ThreadCpuSeconds() - before) * 1000);
            empty += Top - hits.Count;
            inCategory += hits.Count(id => byId[id].Category == source.Category);
            var repeats = hits.Count(id => SameStory(source, byId[id]));
            duplicates += repeats;
            sourcesWithDuplicates += repeats > 0 ? 1 : 0;
        }
        cpu.Sort();
        return new RelatedRow(system, sources.Count, inCategory / (double)(Top * sources.Count), duplicates, sourcesWithDuplicates, empty,
            cpu[cpu.Count / 2], cpu[Math.Min(cpu.Count - 1, (int)Math.Ceiling(cpu.Count * 0.99) - 1)]);
    }

    /// <summary>CPU seconds of the calling thread (CLOCK_THREAD_CPUTIME_ID); 0 where Linux's clock is not available.</summary>
    private static double ThreadCpuSeconds()
        => OperatingSystem.IsLinux() && ClockGetTime(3, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : 0;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>
    /// This evaluation's test of "the same story": at least half of the shorter text's runs of five words (lower case,
    /// accents kept, split at anything that is not a letter or digit) occur in the other text.
    /// </summary>
    internal static bool SameStory(Article a, Article b)
    {
        var runsA = Runs(a);
        var runsB = Runs(b);
        var (small, large) = runsA.Count <= runsB.Count ? (runsA, runsB) : (runsB, runsA);
        return small.Count > 0 && small.Count(large.Contains) * 2 >= small.Count;
    }

    private static HashSet<string> Runs(Article article)
    {
        var text = ((article.Summary ?? "") + "\n" + article.Body).ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            runs.Add(string.Join(' ', words.Skip(i).Take(RunLength)));
        }
        return runs;
    }

    /// <summary>Where our index is cached: named by schema and analyzer version, so a new schema gets a new index.</summary>
    private static string OursPath(string workDirectory)
        => Path.Combine(workDirectory, $"related-{IndexCompatibility.SchemaVersion}-{VietnameseAnalyzer.Version}");

    /// <summary>Our index as <c>dongda-search index</c> writes it (titles searchable).</summary>
    private static void BuildOurs(string indexPath, IEnumerable<Article> articles)
    {
        using var directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(VietnameseAnalyzer.MatchVersion, ArticleAnalysis.CreateIndexAnalyzer()) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
        {
            writer.AddDocument(ArticleDocuments.ToDocument(article));
        }
        writer.ForceMerge(1);
        writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
        writer.Commit();
    }

    /// <summary>Plain Lucene.Net: StandardAnalyzer, title, summary and body stored (MoreLikeThis re-analyzes stored text).</summary>
    private static void BuildPlain(string indexPath, IEnumerable<Article> articles)
    {
        using var directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(VietnameseAnalyzer.MatchVersion, new StandardAnalyzer(VietnameseAnalyzer.MatchVersion)) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
        {
            writer.AddDocument(new Document
            {
                new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
                new TextField(ArticleFields.Title, article.Title, Field.Store.YES),
                new TextField(ArticleFields.Summary, article.Summary ?? "", Field.Store.YES),
                new TextField(ArticleFields.Body, article.Body, Field.Store.YES),
            });
        }
        writer.ForceMerge(1);
        writer.Commit();
    }
}
