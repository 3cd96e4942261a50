using DongDa.Search.Schema;

namespace DongDa.Search.Indexer;

/// <summary>How <see cref="ArticleIndexer"/> runs.</summary>
public sealed record ArticleIndexOptions
{
    /// <summary>Delete articles from the index whose files are no longer in the inputs.</summary>
    public bool Prune { get; init; }

    /// <summary>Read every input in this encoding (e.g. <c>windows-1258</c>) instead of detecting it.</summary>
    public string? ForcedEncoding { get; init; }

    /// <summary>
    /// Make titles searchable (the default). False stores titles but keeps them out of the search terms,
    /// as known-item evaluation needs.
    /// </summary>
    public bool IndexTitles { get; init; } = true;

    /// <summary>Commit after this many added, updated or deleted articles; a crash loses at most this much work.</summary>
    public int CommitEveryArticles { get; init; } = 5000;

    /// <summary>Commit at least this often while there are changes.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Lucene's in-memory buffer before it writes a segment, in MB.</summary>
    public double RamBufferMB { get; init; } = ArticleIndexWriter.DefaultRamBufferMB;

    /// <summary>Threads that parse and analyze articles (default: one per core).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// After the run, merge the index into one segment (and commit). Every query term is then looked up once instead of
    /// once per segment, which makes searches faster and steadier; the merge rewrites the whole index, so it suits an
    /// archive searched far more often than it changes. A run that changes nothing merges nothing.
    /// </summary>
    public bool MergeToOneSegment { get; init; }

    /// <summary>Largest single-article file (text, HTML) and largest JSON line, in bytes; larger ones fail.</summary>
    public long MaxArticleBytes { get; init; } = 16L * 1024 * 1024;
}
