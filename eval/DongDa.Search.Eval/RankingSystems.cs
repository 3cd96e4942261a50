using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Icu.Segmentation;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

namespace DongDa.Search.Eval;

/// <summary>Something that ranks article ids for a query.</summary>
internal interface IRankingSystem : IDisposable
{
    /// <summary>Name in the tables.</summary>
    string Name { get; }

    /// <summary>The top <paramref name="count"/> article ids with scores.</summary>
    IReadOnlyList<(string Id, double Score)> Rank(string query, int count);
}

/// <summary>DongDa.Search: the library as the portal uses it.</summary>
internal sealed class DongDaSystem(string indexPath, ArticleSearcherOptions options) : IRankingSystem
{
    private readonly ArticleSearcher _searcher = ArticleSearcher.Open(indexPath, options);

    public string Name => "dongda";

    public IReadOnlyList<(string Id, double Score)> Rank(string query, int count)
        => [.. _searcher.Search(new SearchRequest { Query = query, PageSize = count, IncludeSnippets = false, IncludeFacets = false, IncludeDetails = false })
            .Hits.Select(h => (h.Id, (double)h.Score))];

    /// <summary>
    /// Indexes <paramref name="articles"/> with the Vietnamese analyzer, without their titles unless <paramref
    /// name="withTitles"/>; with them, an article for which <paramref name="titleHeldOut"/> is true still goes without.
    /// </summary>
    public static void Build(string indexPath, IEnumerable<Article> articles, bool withTitles = false, Func<Article, bool>? titleHeldOut = null)
    {
        using var directory = FSDirectory.Open(indexPath);
        var config = ArticleIndexWriter.CreateConfig(OpenMode.CREATE);
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
        {
            writer.AddDocument(ArticleDocuments.ToDocument(article, indexTitle: withTitles && titleHeldOut?.Invoke(article) != true));
        }
        writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: withTitles));
        writer.Commit();
    }

    public void Dispose() => _searcher.Dispose();
}

/// <summary>Plain Lucene.Net with BM25 over summary and body: every query word a SHOULD clause in both fields.</summary>
internal sealed class LuceneBaseline : IRankingSystem
{
    private readonly Analyzer _analyzer;
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _fields;

    /// <summary>Opens a baseline index; <paramref name="withTitles"/> searches the title field too.</summary>
    public LuceneBaseline(string name, string indexPath, Analyzer analyzer, bool withTitles = false)
    {
        Name = name;
        _analyzer = analyzer;
        _fields = withTitles ? [ArticleFields.Title, ArticleFields.Summary, ArticleFields.Body] : [ArticleFields.Summary, ArticleFields.Body];
        _directory = FSDirectory.Open(indexPath);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name { get; }

    /// <summary>Lucene's StandardAnalyzer (UAX#29 words, lower case, English stop words).</summary>
    public static Analyzer Standard() => new StandardAnalyzer(VietnameseAnalyzer.MatchVersion);

    /// <summary>ICU word segmentation with ICU folding (case, accents, width).</summary>
    public static Analyzer IcuFolding() => Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new ICUTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
    });

    public IReadOnlyList<(string Id, double Score)> Rank(string query, int count)
    {
        var boolean = new BooleanQuery(disableCoord: true);
        foreach (var term in Terms(query))
        {
            foreach (var field in _fields)
            {
                boolean.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }
        if (boolean.Clauses.Count == 0)
        {
            return [];
        }
        var top = _searcher.Search(boolean, count);
        return [.. top.ScoreDocs.Select(d => (_searcher.Doc(d.Doc).Get(ArticleFields.Id), (double)d.Score))];
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(ArticleFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    /// <summary>Indexes id, summary and body (and the title when <paramref name="withTitles"/>) with <paramref name="analyzer"/>.</summary>
    public static void Build(string indexPath, IEnumerable<Article> articles, Analyzer analyzer, bool withTitles = false)
    {
        using var directory = FSDirectory.Open(indexPath);
        var config = ArticleIndexWriter.CreateConfig(OpenMode.CREATE, analyzer: analyzer);
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
        {
            var document = new Document
            {
                new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
                new TextField(ArticleFields.Summary, article.Summary ?? "", Field.Store.NO),
                new TextField(ArticleFields.Body, article.Body, Field.Store.NO),
            };
            if (withTitles)
            {
                document.Add(new TextField(ArticleFields.Title, article.Title, Field.Store.NO));
            }
            writer.AddDocument(document);
        }
        writer.Commit();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

/// <summary>Builds an index once: a finished index leaves a marker file, an interrupted one is rebuilt.</summary>
internal static class IndexCache
{
    public static void Ensure(string indexPath, Action<string> build, TextWriter log)
    {
        var marker = Path.Combine(indexPath, "complete.marker");
        if (File.Exists(marker))
        {
            return;
        }
        Directory.CreateDirectory(indexPath);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        build(indexPath);
        File.WriteAllText(marker, DateTime.UtcNow.ToString("O"));
        log.WriteLine($"indexed {indexPath} in {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
