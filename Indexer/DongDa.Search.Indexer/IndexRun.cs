using System.Collections.Concurrent;
using System.Diagnostics;
using DongDa.Search.Indexer.Runs;
using DongDa.Search.Indexer.Sources;
using DongDa.Search.Schema;
using Lucene.Net.Index;

namespace DongDa.Search.Indexer;

/// <summary>
/// One run of <see cref="ArticleIndexer.Index"/>, in three parts: the <see cref="InputReader"/> lists and reads the
/// files on one thread and parses them on workers (one per core), the <see cref="ArticleApplier"/> adds, replaces or
/// skips each article in the thread-safe <see cref="IndexWriter"/>, and the calling thread commits as the
/// <see cref="CommitPolicy"/> says and reports progress.
/// </summary>
internal sealed class IndexRun(
    IndexWriter writer,
    ArticleIndexOptions options,
    string indexLocation,
    Dictionary<string, (string Fingerprint, string? Path)> existing)
{
    private readonly RunRecord record = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private Exception? fatal;

    public IndexRunReport Execute(IReadOnlyList<string> paths, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var listingErrors = new List<IndexIssue>();
        var failedPrefixes = new List<string>();
        var files = InputFiles.List(paths, indexLocation, listingErrors, failedPrefixes);
        listingErrors.ForEach(record.Error);
        failedPrefixes.ForEach(record.Protect);
        var totalBytes = files.Sum(f => f.Length);

        var reader = new InputReader(options, record);
        var applier = new ArticleApplier(writer, options.IndexTitles, existing, record);
        using var work = new BlockingCollection<InputBatch>(boundedCapacity: 4 * options.MaxDegreeOfParallelism + 16);
        var reading = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    reader.ReadAll(files, work.Add, () => cancellationToken.IsCancellationRequested || fatal is not null);
                }
                finally
                {
                    work.CompleteAdding();
                }
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var workers = Enumerable.Range(0, options.MaxDegreeOfParallelism)
            .Select(_ => Task.Factory.StartNew(() => RunWorker(work, reader, applier, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();

        var all = Task.WhenAll([reading, .. workers]);
        var commits = new CommitPolicy(options, TimeProvider.System);
        while (Task.WaitAny([all], TimeSpan.FromMilliseconds(250)) < 0)
        {
            var changes = applier.Changes;
            if (commits.IsDue(changes))
            {
                Commit();
                commits.Committed(changes);
            }
            progress?.Report(Progress(totalBytes));
        }
        if (fatal is not null || all.IsFaulted)
        {
            // A writer failure (disk full, I/O error) ends the run; the last commit stays the index.
            throw fatal ?? all.Exception!.Flatten().InnerExceptions[0];
        }
        applier.ReportDuplicates();

        var cancelled = cancellationToken.IsCancellationRequested;
        var deleted = options.Prune && !cancelled ? Prune(applier) : 0;
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
            Added = applier.Added,
            Updated = applier.Updated,
            Unchanged = applier.Unchanged,
            Deleted = deleted,
            Errors = record.Errors,
            Warnings = record.Warnings,
            Encodings = record.Encodings,
            ArticlesInIndex = writer.NumDocs,
            Segments = CommittedSegments(),
            BytesRead = record.BytesRead,
            Elapsed = clock.Elapsed,
            Cancelled = cancelled,
        };
    }

    private IndexProgress Progress(long totalBytes) => new(record.Processed, record.BytesRead, totalBytes, clock.Elapsed);

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

    private void RunWorker(BlockingCollection<InputBatch> work, InputReader reader, ArticleApplier applier, CancellationToken cancellationToken)
    {
        // After a fatal error or a cancellation the queue is still drained, so the reader thread never blocks.
        foreach (var batch in work.GetConsumingEnumerable(CancellationToken.None))
        {
            if (cancellationToken.IsCancellationRequested || fatal is not null)
            {
                continue;
            }
            try
            {
                foreach (var read in reader.Articles(batch))
                {
                    applier.Apply(read.Article, read.File, read.Line, read.Order, read.Notes);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref fatal, e, null);
            }
        }
    }

    private int Prune(ArticleApplier applier)
    {
        if (record.EverythingProtected)
        {
            record.Warn(new IndexIssue(indexLocation, null, "--prune skipped: an input path was missing, so nothing is deleted"));
            return 0;
        }
        var deleted = 0;
        foreach (var (id, (_, path)) in existing)
        {
            if (applier.WasRead(id) || record.IsProtected(path))
            {
                continue;
            }
            writer.DeleteDocuments(new Term(ArticleFields.Id, id));
            deleted++;
        }
        return deleted;
    }
}
