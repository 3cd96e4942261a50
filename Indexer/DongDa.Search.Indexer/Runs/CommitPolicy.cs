namespace DongDa.Search.Indexer.Runs;

/// <summary>
/// When a run commits: after <see cref="ArticleIndexOptions.CommitEveryArticles"/> changes, or after
/// <see cref="ArticleIndexOptions.CommitInterval"/> with changes pending. A crash loses at most that much work.
/// </summary>
internal sealed class CommitPolicy(ArticleIndexOptions options, TimeProvider time)
{
    private long _changesAtLastCommit;
    private long _lastCommit = time.GetTimestamp();

    /// <summary>True when the run should commit now, <paramref name="changes"/> being the changes made so far.</summary>
    public bool IsDue(long changes)
    {
        var pending = changes - _changesAtLastCommit;
        return pending >= options.CommitEveryArticles || (pending > 0 && time.GetElapsedTime(_lastCommit) >= options.CommitInterval);
    }

    /// <summary>Records a commit that took in <paramref name="changes"/> changes.</summary>
    public void Committed(long changes)
    {
        _changesAtLastCommit = changes;
        _lastCommit = time.GetTimestamp();
    }
}
