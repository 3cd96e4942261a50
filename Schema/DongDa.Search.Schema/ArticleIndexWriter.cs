using DongDa.Search.Analyzers;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace DongDa.Search.Schema;

/// <summary>
/// The one writer configuration of the product: the indexer, the evaluation and the benchmarks (ours and the plain
/// baselines alike) open their <see cref="IndexWriter"/> with it, so they differ only in what they are asked to differ in.
/// </summary>
public static class ArticleIndexWriter
{
    /// <summary>Lucene's in-memory buffer before it writes a segment, in MB, unless a caller sets its own.</summary>
    public const double DefaultRamBufferMB = 128;

    /// <summary>
    /// A new configuration: Lucene version <see cref="VietnameseAnalyzer.MatchVersion"/>, the index analyzer
    /// (<see cref="ArticleAnalysis.CreateIndexAnalyzer"/>) unless <paramref name="analyzer"/> is given, BM25 like the
    /// searcher, and no compound files.
    /// </summary>
    /// <param name="openMode">Create a new index, append to one, or either.</param>
    /// <param name="ramBufferMB">In-memory buffer before a segment is written, in MB.</param>
    /// <param name="analyzer">Another analyzer, for the plain Lucene.Net baselines.</param>
    public static IndexWriterConfig CreateConfig(OpenMode openMode, double ramBufferMB = DefaultRamBufferMB, Analyzer? analyzer = null)
        => new(VietnameseAnalyzer.MatchVersion, analyzer ?? ArticleAnalysis.CreateIndexAnalyzer())
        {
            OpenMode = openMode,
            RAMBufferSizeMB = ramBufferMB,
            Similarity = new BM25Similarity(),
            // Flushed segments are merged soon anyway; packing each into a compound file first writes it twice.
            UseCompoundFile = false,
        };
}
