using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DongDa.Search.Encodings;
using DongDa.Search.Indexer.Sources;
using DongDa.Search.Schema;
using Lucene.Net.Index;

namespace DongDa.Search.Indexer;

/// <summary>
/// One run of <see cref="ArticleIndexer.Index"/>: a reader thread lists and reads the files, workers (one per core)
/// parse and analyze articles straight into the thread-safe <see cref="IndexWriter"/>, and the calling thread
/// commits periodically and reports progress.
/// </summary>
internal sealed class IndexRun(
    IndexWriter writer,
    ArticleIndexOptions options,
    string indexLocation,
    Dictionary<string, (string Fingerprint, string? Path)> existing)
{
    private const int LinesPerBatch = 64;

    private readonly ConcurrentDictionary<string, string> seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<IndexIssue> errors = new();
    private readonly ConcurrentQueue<IndexIssue> warnings = new();
    private readonly ConcurrentDictionary<string, byte> protectedPaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> encodings = new(StringComparer.Ordinal);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int added;
    private int updated;
    private int unchanged;
    private long processed;
    private long bytesRead;
    private long changes;
    private Exception? fatal;

    public IndexRunReport Execute(IReadOnlyList<string> paths, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var listingErrors = new List<IndexIssue>();
        var failedPrefixes = new List<string>();
        var files = InputFiles.List(paths, indexLocation, listingErrors, failedPrefixes);
        foreach (var issue in listingErrors)
        {
            errors.Enqueue(issue);
        }
        foreach (var prefix in failedPrefixes)
        {
            protectedPaths[prefix] = 0;
        }
        var totalBytes = files.Sum(f => f.Length);

        using var work = new BlockingCollection<Action>(boundedCapacity: 4 * options.MaxDegreeOfParallelism + 16);
        var reader = Task.Factory.StartNew(() => ReadAll(files, work, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var workers = Enumerable.Range(0, options.MaxDegreeOfParallelism)
            .Select(_ => Task.Factory.StartNew(() => RunWorker(work, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();

        var all = Task.WhenAll([reader, .. workers]);
        var lastCommit = Stopwatch.StartNew();
        var changesAtLastCommit = 0L;
        while (Task.WaitAny([all], TimeSpan.FromMilliseconds(250)) < 0)
        {
            var pending = Interlocked.Read(ref changes) - changesAtLastCommit;
            if (pending >= options.CommitEveryArticles || (pending > 0 && lastCommit.Elapsed >= options.CommitInterval))
            {
                changesAtLastCommit += pending;
                Commit();
                lastCommit.Restart();
            }
            progress?.Report(Progress(totalBytes));
        }
        if (fatal is not null || all.IsFaulted)
        {
            // A writer failure (disk full, I/O error) ends the run; the last commit stays the index.
            throw fatal ?? all.Exception!.Flatten().InnerExceptions[0];
        }

        var cancelled = cancellationToken.IsCancellationRequested;
        var deleted = options.Prune && !cancelled ? Prune() : 0;
        if (writer.HasUncommittedChanges())
        {
            Commit();
        }
        if (options.MergeToOneSegment && !cancelled)
        {
            // After the commit: a crash while merging leaves the committed index as it was.
            writer.ForceMerge(1);
            if (writer.HasUncommittedChanges())
            {
                Commit();
            }
        }
        progress?.Report(Progress(totalBytes));

        return new IndexRunReport
        {
            Added = added,
            Updated = updated,
            Unchanged = unchanged,
            Deleted = deleted,
            Errors = Sorted(errors),
            Warnings = Sorted(warnings),
            Encodings = new SortedDictionary<string, int>(encodings, StringComparer.Ordinal),
            ArticlesInIndex = writer.NumDocs,
            Segments = CommittedSegments(),
            BytesRead = Interlocked.Read(ref bytesRead),
            Elapsed = clock.Elapsed,
            Cancelled = cancelled,
        };
    }

    private IndexProgress Progress(long totalBytes)
        => new(Interlocked.Read(ref processed), Interlocked.Read(ref bytesRead), totalBytes, clock.Elapsed);

    /// <summary>Segments of the last commit (what a searcher opens).</summary>
    private int CommittedSegments()
    {
        if (!DirectoryReader.IndexExists(writer.Directory))
        {
            return 0;
        }
        var infos = new SegmentInfos();
        infos.Read(writer.Directory);
        return infos.Count;
    }

    private void Commit()
    {
        writer.SetCommitData(IndexCompatibility.CommitData(options.IndexTitles));
        writer.Commit();
    }

    private static List<IndexIssue> Sorted(IEnumerable<IndexIssue> issues)
        => issues.OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.Line ?? 0).ToList();

    private void RunWorker(BlockingCollection<Action> work, CancellationToken cancellationToken)
    {
        // After a fatal error or a cancellation the queue is still drained, so the reader thread never blocks.
        foreach (var item in work.GetConsumingEnumerable(CancellationToken.None))
        {
            if (cancellationToken.IsCancellationRequested || fatal is not null)
            {
                continue;
            }
            try
            {
                item();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref fatal, e, null);
            }
        }
    }

    /// <summary>The reader thread: opens each file, detects its format and hands articles to the workers.</summary>
    private void ReadAll(List<InputFile> files, BlockingCollection<Action> work, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var file in files)
            {
                if (cancellationToken.IsCancellationRequested || fatal is not null)
                {
                    break;
                }
                try
                {
                    ReadFile(file, work);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    Fail(file, null, InputFiles.Reason(e));
                }
            }
        }
        finally
        {
            work.CompleteAdding();
        }
    }

    private void ReadFile(InputFile file, BlockingCollection<Action> work)
    {
        byte[] head;
        bool gzip;
        using (var stream = File.OpenRead(file.FullPath))
        {
            head = ReadHead(stream);
            gzip = FormatDetection.IsGzip(head);
            if (gzip)
            {
                stream.Position = 0;
                using var inflated = new GZipStream(stream, CompressionMode.Decompress);
                head = ReadHead(inflated);
            }
        }

        ArticleFileFormat format;
        try
        {
            format = FormatDetection.Detect(file.FullPath, head, options.ForcedEncoding);
        }
        catch (ArticleFormatException e)
        {
            Interlocked.Add(ref bytesRead, file.Length);
            Fail(file, null, gzip ? "gzip file: " + e.Message : e.Message);
            return;
        }
        if (format == ArticleFileFormat.JsonLines)
        {
            ReadJsonLines(file, head, gzip, work);
            return;
        }
        if (gzip)
        {
            Interlocked.Add(ref bytesRead, file.Length);
            Fail(file, null, "gzip file that does not hold JSON Lines (only .jsonl may be gzipped)");
            return;
        }
        if (file.Length > options.MaxArticleBytes)
        {
            Interlocked.Add(ref bytesRead, file.Length);
            Fail(file, null, $"file is {Megabytes(file.Length)}, larger than the {Megabytes(options.MaxArticleBytes)} limit for one article");
            return;
        }
        var bytes = File.ReadAllBytes(file.FullPath);
        Interlocked.Add(ref bytesRead, bytes.Length);
        work.Add(() => IndexArticleFile(file, bytes, format));
    }

    private static byte[] ReadHead(Stream stream)
    {
        var buffer = new byte[FormatDetection.SniffLength];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..length];
    }

    private void ReadJsonLines(InputFile file, byte[] head, bool gzip, BlockingCollection<Action> work)
    {
        var forced = options.ForcedEncoding is { } name ? TextDecoding.ResolveEncoding(name) : null;
        var encodingName = forced?.WebName ?? ByteOrderMark.Sniff(head, out _) ?? TextDecoding.Utf8;
        CountEncoding(encodingName);

        Stream stream = new CountingStream(
            new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            read => Interlocked.Add(ref bytesRead, read));
        if (gzip)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        using var reader = new StreamReader(stream, forced ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: forced is null, bufferSize: 1 << 16);
        var lineNumber = 0;
        var batchStart = 1;
        var batch = new List<string>(LinesPerBatch);
        try
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                batch.Add(line);
                if (batch.Count == LinesPerBatch)
                {
                    Hand(batch, batchStart);
                    batch = new List<string>(LinesPerBatch);
                    batchStart = lineNumber + 1;
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            Fail(file, lineNumber + 1, "the file ends abruptly or is corrupt (" + e.Message + "); lines before it are indexed");
        }
        Hand(batch, batchStart);

        void Hand(List<string> lines, int firstLine)
        {
            if (lines.Count > 0)
            {
                work.Add(() => IndexJsonLines(file, lines, firstLine));
            }
        }
    }

    private void IndexArticleFile(InputFile file, byte[] bytes, ArticleFileFormat format)
    {
        var notes = new List<string>();
        var article = Read(file, null, notes, () =>
        {
            var decoded = TextDecoding.Decode(bytes, options.ForcedEncoding);
            CountEncoding(decoded.EncodingName);
            return format == ArticleFileFormat.Html
                ? HtmlArticle.Parse(decoded.Text, file.RelativePath, file.RelativePath, notes)
                : PortalTextArticle.Parse(decoded.Text, file.RelativePath, file.RelativePath, notes);
        });
        if (article is not null)
        {
            Apply(article, file, null, notes);
        }
    }

    private void IndexJsonLines(InputFile file, List<string> lines, int firstLine)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineNumber = firstLine + i;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (line.Length > options.MaxArticleBytes)
            {
                Fail(file, lineNumber, $"line is longer than the {Megabytes(options.MaxArticleBytes)} limit for one article");
                continue;
            }
            var notes = new List<string>();
            var article = Read(file, lineNumber, notes, () => JsonLineArticle.Parse(line, lineNumber, file.RelativePath, notes));
            if (article is not null)
            {
                Apply(article, file, lineNumber, notes);
            }
        }
    }

    /// <summary>
    /// Runs a parser; whatever goes wrong inside it fails this input only: bad input never stops the run.
    /// Writer errors are not caught here, they end the run (see <see cref="RunWorker"/>).
    /// </summary>
    private Article? Read(InputFile file, int? line, List<string> notes, Func<Article> parse)
    {
        try
        {
            return parse();
        }
        catch (ArticleFormatException e)
        {
            Fail(file, line, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(file, line, $"could not be read ({e.GetType().Name}: {e.Message})");
        }
        notes.Clear();
        return null;
    }

    /// <summary>Adds, replaces or skips one article by its id and fingerprint.</summary>
    private void Apply(Article article, InputFile file, int? line, List<string> notes)
    {
        foreach (var note in notes)
        {
            warnings.Enqueue(new IndexIssue(file.DisplayPath, line, note));
        }
        var origin = line is { } l ? $"{file.DisplayPath}:{l}" : file.DisplayPath;
        if (!seen.TryAdd(article.Id, origin))
        {
            warnings.Enqueue(new IndexIssue(file.DisplayPath, line, $"duplicate id '{article.Id}' (first read from {seen[article.Id]}); skipped"));
            Interlocked.Increment(ref processed);
            return;
        }

        var fingerprint = ArticleDocuments.Fingerprint(article, options.IndexTitles);
        var isKnown = existing.TryGetValue(article.Id, out var known);
        if (isKnown && known.Fingerprint == fingerprint)
        {
            Interlocked.Increment(ref unchanged);
            Interlocked.Increment(ref processed);
            return;
        }
        var document = ArticleDocuments.ToDocument(article, options.IndexTitles, fingerprint);
        try
        {
            if (isKnown)
            {
                writer.UpdateDocument(new Term(ArticleFields.Id, article.Id), document);
                Interlocked.Increment(ref updated);
            }
            else
            {
                writer.AddDocument(document);
                Interlocked.Increment(ref added);
            }
            Interlocked.Increment(ref changes);
        }
        catch (ArgumentException e)
        {
            // Lucene refuses one document (e.g. a term over 32 KB) without harming the index.
            Fail(file, line, "Lucene refused the article: " + e.Message);
        }
        Interlocked.Increment(ref processed);
    }

    private int Prune()
    {
        if (protectedPaths.ContainsKey(""))
        {
            warnings.Enqueue(new IndexIssue(indexLocation, null, "--prune skipped: an input path was missing, so nothing is deleted"));
            return 0;
        }
        var deleted = 0;
        foreach (var (id, (_, path)) in existing)
        {
            if (seen.ContainsKey(id) || IsProtected(path))
            {
                continue;
            }
            writer.DeleteDocuments(new Term(ArticleFields.Id, id));
            deleted++;
        }
        return deleted;
    }

    /// <summary>Articles from a file or folder that failed to read are kept: the file is not gone.</summary>
    private bool IsProtected(string? path)
        => path is not null && protectedPaths.Keys.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal));

    private void Fail(InputFile file, int? line, string reason)
    {
        errors.Enqueue(new IndexIssue(file.DisplayPath, line, reason));
        protectedPaths[file.RelativePath] = 0;
        Interlocked.Increment(ref processed);
    }

    private void CountEncoding(string name) => encodings.AddOrUpdate(name, 1, (_, count) => count + 1);

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
