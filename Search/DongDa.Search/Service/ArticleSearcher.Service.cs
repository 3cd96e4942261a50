using DongDa.Search.Schema;
using Lucene.Net.Index;

namespace DongDa.Search;

/// <summary>The service side of <see cref="ArticleSearcher"/>: time limit, refreshing itself, status.</summary>
public sealed partial class ArticleSearcher : IArticleSearcher
{
    private readonly object _refreshLock = new();
    private TimeSpan _queryTimeLimit;
    private string _location = "";
    private Timer? _refreshTimer;
    private long _lastRefreshCheckTicks;
    private string? _refreshProblem;
    private ResultCache? _results;

    /// <summary>
    /// Opens the index at <see cref="DongDaSearchOptions.IndexPath"/> with the options' ranking and time limit, and keeps it
    /// current: every <see cref="DongDaSearchOptions.RefreshInterval"/> it looks for a new commit of the indexer, so
    /// committed articles become searchable without a call to <see cref="Refresh"/>. The results of the last
    /// <see cref="DongDaSearchOptions.ResultCacheSize"/> requests are given again until the index changes.
    /// </summary>
    /// <exception cref="ArgumentException">No index path is given.</exception>
    /// <exception cref="IndexNotFoundException">The folder holds no index (run <c>dongda-search index</c> first).</exception>
    /// <exception cref="IncompatibleIndexException">The index was built with another schema or analyzer version.</exception>
    public static ArticleSearcher Open(DongDaSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.IndexPath, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueryTimeLimit, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RefreshInterval, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ResultCacheSize, nameof(options));
        var searcher = Open(options.IndexPath, options.Ranking);
        searcher._location = options.IndexPath;
        searcher._queryTimeLimit = options.QueryTimeLimit;
        searcher._results = options.ResultCacheSize > 0 ? new ResultCache(options.ResultCacheSize) : null;
        searcher._typing.CompactAfterRead = options.CompactAfterModelRead;
        if (options.RefreshInterval > TimeSpan.Zero)
        {
            searcher._refreshTimer = new Timer(static s => ((ArticleSearcher)s!).RefreshInBackground(), searcher, options.RefreshInterval, options.RefreshInterval);
        }
        return searcher;
    }

    /// <summary>The longest a search may run (zero: no limit).</summary>
    public TimeSpan QueryTimeLimit => _queryTimeLimit;

    /// <summary>
    /// Runs <paramref name="request"/>, stopping it when <paramref name="cancellationToken"/> is cancelled or it runs
    /// longer than <see cref="QueryTimeLimit"/>. Never throws for a malformed query: it is read as plain words with a warning.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Page below 1 or page size outside 1..<see cref="SearchRequest.MaxPageSize"/>.</exception>
    /// <exception cref="SearchTimeoutException">The query ran longer than <see cref="QueryTimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        if (_queryTimeLimit == TimeSpan.Zero)
        {
            return SearchCore(request, cancellationToken);
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_queryTimeLimit);
        try
        {
            return SearchCore(request, deadline.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SearchTimeoutException(_queryTimeLimit, e);
        }
    }

    /// <inheritdoc />
    public IndexStatus GetStatus()
    {
        var searcher = _manager.Acquire();
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            var problem = _refreshProblem;
            try
            {
                IndexCompatibility.EnsureCompatible(reader.IndexCommit, _location);
            }
            catch (IncompatibleIndexException e)
            {
                problem = e.Message;
            }
            return new IndexStatus
            {
                IsReady = problem is null,
                Problem = problem,
                ArticleCount = reader.NumDocs,
                CommitGeneration = reader.IndexCommit.Generation,
                LastRefreshCheck = Volatile.Read(ref _lastRefreshCheckTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null,
            };
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// One look for a new commit, from the refresh timer. A failure (an index folder being replaced, a disk error) is
    /// kept for <see cref="GetStatus"/> and the searcher goes on serving the last good commit.
    /// </summary>
    private void RefreshInBackground()
    {
        lock (_refreshLock)
        {
            if (_refreshTimer is null)
            {
                return;
            }
            try
            {
                _manager.MaybeRefresh();
                var searcher = _manager.Acquire();
                try
                {
                    // A new commit written by an incompatible indexer must not be served silently.
                    IndexCompatibility.EnsureCompatible(((DirectoryReader)searcher.IndexReader).IndexCommit, _location);
                }
                finally
                {
                    _manager.Release(searcher);
                }
                _refreshProblem = null;
            }
            catch (Exception e) when (e is IOException or IncompatibleIndexException or ObjectDisposedException)
            {
                _refreshProblem = "the index could not be refreshed: " + e.Message;
            }
            Volatile.Write(ref _lastRefreshCheckTicks, DateTimeOffset.UtcNow.UtcTicks);
        }
    }

    /// <summary>Stops the refresh timer and waits for a refresh in progress, so disposal does not race it.</summary>
    private void StopRefreshing()
    {
        lock (_refreshLock)
        {
            _refreshTimer?.Dispose();
            _refreshTimer = null;
        }
    }
}
