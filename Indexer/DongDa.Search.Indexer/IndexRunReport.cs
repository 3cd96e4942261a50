namespace DongDa.Search.Indexer;

/// <summary>One problem with one input: the file, the line where it applies (JSON Lines), and the reason.</summary>
/// <param name="Path">The file as the user named it (input path joined with the path below it).</param>
/// <param name="Line">1-based line number in the file, when the problem is on one line.</param>
/// <param name="Reason">What went wrong, for a person.</param>
public sealed record IndexIssue(string Path, int? Line, string Reason)
{
    /// <summary><c>path:line: reason</c>, or <c>path: reason</c>.</summary>
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}

/// <summary>What an indexing run did.</summary>
public sealed record IndexRunReport
{
    /// <summary>Articles new to the index.</summary>
    public int Added { get; init; }

    /// <summary>Articles whose content changed and were replaced.</summary>
    public int Updated { get; init; }

    /// <summary>Articles already in the index as they are.</summary>
    public int Unchanged { get; init; }

    /// <summary>Articles removed by pruning.</summary>
    public int Deleted { get; init; }

    /// <summary>Inputs (files or JSON lines) that could not be indexed; see <see cref="Errors"/>.</summary>
    public int Failed => Errors.Count;

    /// <summary>One entry per failed input.</summary>
    public IReadOnlyList<IndexIssue> Errors { get; init; } = [];

    /// <summary>Articles indexed with something missing or odd (an unparseable date, a duplicate id skipped).</summary>
    public IReadOnlyList<IndexIssue> Warnings { get; init; } = [];

    /// <summary>Files read, per detected encoding (<c>utf-8</c>, <c>utf-16le</c>, <c>windows-1258</c>, ...).</summary>
    public IReadOnlyDictionary<string, int> Encodings { get; init; } = new Dictionary<string, int>();

    /// <summary>Articles in the index after the run.</summary>
    public int ArticlesInIndex { get; init; }

    /// <summary>Segments of the index after the run (1 after <see cref="ArticleIndexOptions.MergeToOneSegment"/>).</summary>
    public int Segments { get; init; }

    /// <summary>Input bytes read (compressed size for gzip files).</summary>
    public long BytesRead { get; init; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>True when the run stopped early on cancellation (what was done is committed).</summary>
    public bool Cancelled { get; init; }
}

/// <summary>Progress of a run, for a progress line.</summary>
/// <param name="Articles">Articles processed so far (added, updated, unchanged or failed).</param>
/// <param name="BytesRead">Input bytes read so far.</param>
/// <param name="TotalBytes">Input bytes in all files of the run.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record IndexProgress(long Articles, long BytesRead, long TotalBytes, TimeSpan Elapsed);
