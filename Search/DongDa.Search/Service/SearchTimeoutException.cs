namespace DongDa.Search;

/// <summary>A query ran longer than the searcher's per-query time limit and was stopped.</summary>
public sealed class SearchTimeoutException : TimeoutException
{
    /// <summary>Creates the exception for a query stopped after <paramref name="limit"/>.</summary>
    public SearchTimeoutException(TimeSpan limit, Exception? innerException = null)
        : base($"the query ran longer than its time limit of {limit.TotalMilliseconds:0} ms and was stopped", innerException)
    {
        Limit = limit;
    }

    /// <summary>Creates the exception with a message.</summary>
    public SearchTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public SearchTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public SearchTimeoutException()
    {
    }

    /// <summary>The time limit that was exceeded.</summary>
    public TimeSpan Limit { get; }
}
