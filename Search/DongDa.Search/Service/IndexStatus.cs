namespace DongDa.Search;

/// <summary>The state of an open index, for health checks and status pages: cheap to read (no search runs).</summary>
public sealed record IndexStatus
{
    /// <summary>True when the index is open, compatible with this version and the last refresh worked.</summary>
    public required bool IsReady { get; init; }

    /// <summary>Why the index is not ready, or null when it is.</summary>
    public string? Problem { get; init; }

    /// <summary>Articles visible to searches now.</summary>
    public required int ArticleCount { get; init; }

    /// <summary>The generation of the commit searches see; it grows with every commit of the indexer.</summary>
    public required long CommitGeneration { get; init; }

    /// <summary>When the searcher last looked for a new commit (null when it does not refresh itself).</summary>
    public DateTimeOffset? LastRefreshCheck { get; init; }
}
