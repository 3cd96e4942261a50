using DongDa.Search.Indexer.Sources;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DongDa.Search.Indexer;

/// <summary>
/// Writes articles from files and folders into a DongDa.Search index, incrementally: an article whose id and
/// content fingerprint are already in the index is left alone, a changed one is replaced, and with
/// <see cref="ArticleIndexOptions.Prune"/> articles whose files are gone are deleted. Work is committed
/// periodically, so a killed run leaves the index as of its last commit and the next run completes it.
/// </summary>
public sealed class ArticleIndexer : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly string location;

    private ArticleIndexer(string location, LuceneDirectory directory, IndexWriter writer, ArticleIndexOptions options, bool existed)
    {
        this.location = location;
        this.directory = directory;
        this.writer = writer;
        Options = options;
        IndexExisted = existed;
    }

    /// <summary>The options of this indexer.</summary>
    public ArticleIndexOptions Options { get; }

    /// <summary>True when the folder held an index before this indexer opened it.</summary>
    public bool IndexExisted { get; }

    /// <summary>
    /// Opens (or creates) the index in <paramref name="indexFolder"/> for writing; only one process may write at a time.
    /// </summary>
    /// <exception cref="IncompatibleIndexException">The index was built by an incompatible version.</exception>
    /// <exception cref="IOException">The folder is not an index but not empty, or another process writes to it.</exception>
    /// <exception cref="ArgumentException"><see cref="ArticleIndexOptions.ForcedEncoding"/> names no known encoding.</exception>
    public static ArticleIndexer Open(string indexFolder, ArticleIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        options ??= new ArticleIndexOptions();
        if (options.ForcedEncoding is { } forced)
        {
            Encodings.TextDecoding.ResolveEncoding(forced);
        }
        var full = Path.GetFullPath(indexFolder);
        System.IO.Directory.CreateDirectory(full);
        var directory = FSDirectory.Open(full);
        try
        {
            var existed = IndexCompatibility.EnsureCompatible(directory, indexFolder);
            if (!existed && System.IO.Directory.EnumerateFileSystemEntries(full).Any(e => Path.GetFileName(e) != "write.lock"))
            {
                throw new IOException($"{indexFolder} is not empty and holds no index; give a new or empty folder to --index");
            }
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, ArticleAnalysis.CreateIndexAnalyzer())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = options.RamBufferMB,
            };
            IndexWriter writer;
            try
            {
                writer = new IndexWriter(directory, config);
            }
            catch (LockObtainFailedException e)
            {
                throw new IOException($"the index in {indexFolder} is being written by another process (write.lock is held)", e);
            }
            writer.SetCommitData(IndexCompatibility.CommitData(options.IndexTitles));
            return new ArticleIndexer(indexFolder, directory, writer, options, existed);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Indexes the files and folders in <paramref name="paths"/>. Bad inputs are reported in the result, never thrown;
    /// the index is committed at the end (and periodically during the run).
    /// </summary>
    /// <param name="paths">Files and folders; folders are read recursively (hidden entries skipped).</param>
    /// <param name="progress">Receives progress a few times a second.</param>
    /// <param name="cancellationToken">Stops the run early; what was done is committed.</param>
    public IndexRunReport Index(IReadOnlyList<string> paths, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var run = new IndexRun(writer, Options, location, IndexExisted, LoadExisting());
        return run.Execute(paths, progress, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }

    /// <summary>Id → (fingerprint, path) of every article in the last commit.</summary>
    private Dictionary<string, (string Fingerprint, string? Path)> LoadExisting()
    {
        var existing = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory))
        {
            return existing;
        }
        using var reader = DirectoryReader.Open(directory);
        var fields = new HashSet<string> { ArticleFields.Id, ArticleFields.Fingerprint, ArticleFields.Path };
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                var stored = segment.Document(doc, fields);
                var id = stored.Get(ArticleFields.Id);
                if (id is not null)
                {
                    existing[id] = (stored.Get(ArticleFields.Fingerprint) ?? "", stored.Get(ArticleFields.Path));
                }
            }
        }
        return existing;
    }
}
