using System.Diagnostics;
using DongDa.Search.Bench;
using DongDa.Search.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DongDa.Search.WebLoad;

/// <summary>
/// The plain Lucene.Net baseline of the load bench: the same documents without the syllable pairs, StandardAnalyzer,
/// one segment, served by a minimal ASP.NET Core endpoint that answers what the portal asks of ours (top 10 with a
/// highlighted snippet of the body, the total, counts by year and category), without a request log, turns or
/// anything else of ours. It runs as its own process (<c>plain-serve</c>), so its CPU is measured alone.
/// </summary>
internal static class PlainService
{
    private const int TopHits = 10;

    /// <summary>
    /// Indexes the articles stored in our index at <paramref name="ours"/> with plain Lucene.Net into
    /// <paramref name="path"/>, merged to one segment: the same articles, read back as the portal would get them.
    /// </summary>
    public static void BuildIndex(string ours, string path)
    {
        var clock = Stopwatch.StartNew();
        using var oursDirectory = FSDirectory.Open(ours);
        using var oursReader = DirectoryReader.Open(oursDirectory);
        using var directory = FSDirectory.Open(path);
        using var analyzer = PlainLucene.CreateAnalyzer();
        using var writer = new IndexWriter(directory, ArticleIndexWriter.CreateConfig(OpenMode.CREATE, analyzer: analyzer));
        var live = MultiFields.GetLiveDocs(oursReader);
        for (var doc = 0; doc < oursReader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                writer.AddDocument(PlainLucene.ToDocument(ArticleDocuments.FromDocument(oursReader.Document(doc))));
            }
        }
        writer.ForceMerge(1);
        writer.Commit();
        Console.Error.WriteLine($"plain Lucene.Net index: {writer.NumDocs:N0} articles in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Serves the plain index at <paramref name="index"/> on <paramref name="url"/> until SIGTERM.</summary>
    public static async Task<int> Serve(string index, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        using var analyzer = PlainLucene.CreateAnalyzer();
        app.MapGet("/health/ready", () => Results.Ok());
        app.MapGet("/api/search", (string q) => Results.Json(Search(searcher, analyzer, q)));
        await app.RunAsync();
        return 0;
    }

    private static object Search(IndexSearcher searcher, Analyzer analyzer, string text)
    {
        // A parser per request: QueryParser is not thread-safe.
        var query = PlainLucene.ParseText(PlainLucene.CreateParser(analyzer), text);
        var top = TopScoreDocCollector.Create(TopHits, true);
        var counts = new CountingCollector();
        searcher.Search(query, MultiCollector.Wrap(top, counts));
        counts.Finish();
        var hits = top.GetTopDocs();
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, ArticleFields.Body))
        {
            TextFragmenter = new SimpleFragmenter(160),
        };
        return new
        {
            total = hits.TotalHits,
            hits = hits.ScoreDocs.Select(hit =>
            {
                var document = searcher.Doc(hit.Doc);
                var body = document.Get(ArticleFields.Body) ?? "";
                return new
                {
                    id = document.Get(ArticleFields.Id),
                    title = document.Get(ArticleFields.Title),
                    date = document.Get(ArticleFields.Date),
                    category = document.Get(ArticleFields.Category),
                    author = document.Get(ArticleFields.Author),
                    score = hit.Score,
                    snippet = highlighter.GetBestFragment(analyzer, ArticleFields.Body, body) ?? body[..Math.Min(body.Length, 160)],
                };
            }).ToList(),
            years = counts.Years,
            categories = counts.Categories,
        };
    }

    /// <summary>Counts every match by year and category from the doc values, as the portal's facets need.</summary>
    private sealed class CountingCollector : ICollector
    {
        private NumericDocValues? _years;
        private SortedDocValues? _categories;
        private int[] _categoryCounts = [];

        public Dictionary<long, int> Years { get; } = [];

        public Dictionary<string, int> Categories { get; } = new(StringComparer.Ordinal);

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            _years = context.AtomicReader.GetNumericDocValues(ArticleFields.Year);
            _categories = context.AtomicReader.GetSortedDocValues(ArticleFields.Category);
            _categoryCounts = new int[_categories?.ValueCount ?? 0];
        }

        public void Collect(int doc)
        {
            if (_years is not null)
            {
                var year = _years.Get(doc);
                Years[year] = Years.GetValueOrDefault(year) + 1;
            }
            if (_categories?.GetOrd(doc) is >= 0 and var ord)
            {
                _categoryCounts[ord]++;
            }
        }

        /// <summary>Adds the last segment's category counts: a collector is not told when the search ends.</summary>
        public void Finish() => Flush();

        /// <summary>Adds the current segment's category counts by name.</summary>
        private void Flush()
        {
            for (var ord = 0; ord < _categoryCounts.Length; ord++)
            {
                if (_categoryCounts[ord] > 0)
                {
                    var name = new Lucene.Net.Util.BytesRef();
                    _categories!.LookupOrd(ord, name);
                    var key = name.Utf8ToString();
                    Categories[key] = Categories.GetValueOrDefault(key) + _categoryCounts[ord];
                }
            }
            _categoryCounts = [];
        }
    }
}
