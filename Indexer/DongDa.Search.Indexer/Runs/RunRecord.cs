using System.Collections.Concurrent;
using DongDa.Search.Indexer.Sources;

namespace DongDa.Search.Indexer.Runs;

/// <summary>
/// What one run has seen so far, written by every thread: errors and warnings, the paths whose articles must survive
/// a prune (their input failed), the encodings read, and progress counters.
/// </summary>
internal sealed class RunRecord
{
    private readonly ConcurrentQueue<IndexIssue> _errors = new();
    private readonly ConcurrentQueue<IndexIssue> _warnings = new();
    private readonly ConcurrentDictionary<string, byte> _protectedPaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _encodings = new(StringComparer.Ordinal);
    private long _processed;
    private long _bytesRead;

    /// <summary>Inputs read (articles, failed inputs, skipped duplicates).</summary>
    public long Processed => Interlocked.Read(ref _processed);

    /// <summary>Bytes read from the input files.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Errors in path and line order.</summary>
    public List<IndexIssue> Errors => Sorted(_errors);

    /// <summary>Warnings in path and line order.</summary>
    public List<IndexIssue> Warnings => Sorted(_warnings);

    /// <summary>Inputs read per encoding.</summary>
    public SortedDictionary<string, int> Encodings => new(_encodings, StringComparer.Ordinal);

    /// <summary>One input failed: an error, its articles kept by a prune, and one more input processed.</summary>
    public void Fail(InputFile file, int? line, string reason)
    {
        _errors.Enqueue(new IndexIssue(file.DisplayPath, line, reason));
        _protectedPaths[file.RelativePath] = 0;
        Interlocked.Increment(ref _processed);
    }

    /// <summary>An error found before any file was read (an input path that does not exist).</summary>
    public void Error(IndexIssue issue) => _errors.Enqueue(issue);

    /// <summary>A warning; the input is still indexed.</summary>
    public void Warn(IndexIssue issue) => _warnings.Enqueue(issue);

    /// <summary>Articles below <paramref name="prefix"/> (a relative path; "" for all) are kept by a prune.</summary>
    public void Protect(string prefix) => _protectedPaths[prefix] = 0;

    /// <summary>True when a prune must keep the articles of <paramref name="path"/>: its file or folder failed to read.</summary>
    public bool IsProtected(string? path)
        => path is not null && _protectedPaths.Keys.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal));

    /// <summary>True when an input path was missing: a prune then deletes nothing.</summary>
    public bool EverythingProtected => _protectedPaths.ContainsKey("");

    /// <summary>One more input done.</summary>
    public void CountProcessed() => Interlocked.Increment(ref _processed);

    /// <summary>Bytes read from an input file.</summary>
    public void CountBytes(long bytes) => Interlocked.Add(ref _bytesRead, bytes);

    /// <summary>One input read in encoding <paramref name="name"/>.</summary>
    public void CountEncoding(string name) => _encodings.AddOrUpdate(name, 1, (_, count) => count + 1);

    private static List<IndexIssue> Sorted(IEnumerable<IndexIssue> issues)
        => issues.OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.Line ?? 0).ThenBy(i => i.Reason, StringComparer.Ordinal).ToList();
}
