using DongDa.Search.Indexer.Sources;
using DongDa.Search.Schema;
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
    private static readonly string[] UnfinishedFirstCommitFiles = ["segments_1", "segments.gen"];

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly string location;

    private ArticleIndexer(string location, LuceneDirectory directory, IndexWriter writer, ArticleIndexOptions options)
    {
        this.location = location;
        this.directory = directory;
        this.writer = writer;
        Options = options;
    }

    /// <summary>The options of this indexer.</summary>
    public ArticleIndexOptions Options { get; }

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
            bool existed;
            var unfinishedFirstCommit = false;
            try
            {
                existed = IndexCompatibility.EnsureCompatible(directory, indexFolder);
            }
            catch (Exception e) when (e is EndOfStreamException or CorruptIndexException && HoldsOnlyAnUnfinishedFirstCommit(full))
            {
                // A run killed while writing the very first commit: nothing was ever committed, so start afresh.
                existed = false;
                unfinishedFirstCommit = true;
                foreach (var name in UnfinishedFirstCommitFiles.Where(n => File.Exists(Path.Combine(full, n))))
                {
                    directory.DeleteFile(name);
                }
            }
            if (!existed && !unfinishedFirstCommit && System.IO.Directory.EnumerateFileSystemEntries(full).Any(e => Path.GetFileName(e) != "write.lock"))
            {
                throw new IOException($"{indexFolder} is not empty and holds no index; give a new or empty folder to --index");
            }
            var config = ArticleIndexWriter.CreateConfig(OpenMode.CREATE_OR_APPEND, options.RamBufferMB);
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
            if (!existed)
            {
                // An empty first commit right away: from now on a crash always leaves a readable index.
                writer.Commit();
            }
            return new ArticleIndexer(indexFolder, directory, writer, options);
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
        var run = new IndexRun(writer, Options, location, LoadExisting());
        return run.Execute(paths, progress, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }

    private static bool HoldsOnlyAnUnfinishedFirstCommit(string folder)
        => System.IO.Directory.GetFiles(folder, "segments_*").Select(Path.GetFileName).SequenceEqual(["segments_1"]);

    /// <summary>Id → (fingerprint, path) of every article in the last commit.</summary>
    private Dictionary<string, (string Fingerprint, string? Path)> LoadExisting()
    {
        var existing = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory))
        {
            return existing;
        }
        using var reader = DirectoryReader.Open(directory);
        var value = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var ids = segment.GetBinaryDocValues(ArticleFields.Id);
            var fingerprints = segment.GetBinaryDocValues(ArticleFields.Fingerprint);
            var paths = segment.GetBinaryDocValues(ArticleFields.Path);
            if (ids is null || fingerprints is null || paths is null)
            {
                continue;
            }
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                ids.Get(doc, value);
                var id = value.Utf8ToString();
                fingerprints.Get(doc, value);
                var fingerprint = value.Utf8ToString();
                paths.Get(doc, value);
                existing[id] = (fingerprint, value.Length == 0 ? null : value.Utf8ToString());
            }
        }
        return existing;
    }
}
