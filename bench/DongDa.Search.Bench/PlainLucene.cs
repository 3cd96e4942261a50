using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DongDa.Search.Bench;

/// <summary>
/// The plain Lucene.Net baseline every benchmark compares against: our documents without the fields of our own design
/// (syllable pairs, name pairs, triples: not part of the plain pipeline), analyzed by StandardAnalyzer, searched with the classic multi-field
/// QueryParser and BM25.
/// </summary>
internal static class PlainLucene
{
    /// <summary>The baseline's analyzer, for writing and for parsing queries.</summary>
    public static Analyzer CreateAnalyzer() => new StandardAnalyzer(VietnameseAnalyzer.MatchVersion);

    /// <summary>
    /// The baseline's query parser: the classic multi-field QueryParser (OR) over title, summary and body. Not
    /// thread-safe: one per thread or per request.
    /// </summary>
    public static MultiFieldQueryParser CreateParser(Analyzer analyzer) =>
        new(VietnameseAnalyzer.MatchVersion, ArticleAnalysis.TextFields.ToArray(), analyzer);

    /// <summary>How the baseline reads what was typed: escaped, so that it is text and never query syntax.</summary>
    public static Query ParseText(MultiFieldQueryParser parser, string text) => parser.Parse(QueryParserBase.Escape(text));

    /// <summary>The document the baseline indexes for <paramref name="article"/>.</summary>
    public static Document ToDocument(Article article)
    {
        var document = ArticleDocuments.ToDocument(article);
        document.RemoveFields(ArticleFields.Pairs);
        document.RemoveFields(ArticleFields.Names);
        document.RemoveFields(ArticleFields.Triples);
        return document;
    }

    /// <summary>The textbook search: the text, escaped, through the classic multi-field QueryParser (OR), whole stored documents loaded.</summary>
    public sealed class Searcher : IDisposable
    {
        private readonly FSDirectory _directory;
        private readonly DirectoryReader _reader;
        private readonly IndexSearcher _searcher;
        private readonly Analyzer _analyzer = CreateAnalyzer();
        private readonly MultiFieldQueryParser _parser;

        /// <summary>Opens the plain index at <paramref name="path"/>.</summary>
        public Searcher(string path)
        {
            _directory = FSDirectory.Open(path);
            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
            _parser = CreateParser(_analyzer);
        }

        /// <summary>Ids of the top <paramref name="count"/> articles for <paramref name="text"/>.</summary>
        public List<string> Search(string text, int count)
        {
            // QueryParser is not thread-safe; the benchmarks search from one thread.
            var hits = _searcher.Search(ParseText(_parser, text), count);
            return [.. hits.ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get(ArticleFields.Id))];
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
            _analyzer.Dispose();
        }
    }
}
