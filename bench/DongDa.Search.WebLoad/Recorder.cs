namespace DongDa.Search.WebLoad;

/// <summary>Latencies and errors of every request, from all clients.</summary>
internal sealed class Recorder
{
    private readonly object _lock = new();
    private readonly List<double> _latencies = new(200_000);
    private readonly List<long> _sent = new(200_000);
    private readonly List<string> _firstErrors = [];
    private long _count;
    private long _errors;

    public long Count => Interlocked.Read(ref _count);

    public long Errors => Interlocked.Read(ref _errors);

    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (_lock)
            {
                return [.. _firstErrors];
            }
        }
    }

    /// <summary>One answer: its latency, the error if it failed, and when it was sent (or due), in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public void Add(double milliseconds, string? error, long sent)
    {
        lock (_lock)
        {
            _latencies.Add(milliseconds);
            _sent.Add(sent);
            if (error is not null && _firstErrors.Count < 5)
            {
                _firstErrors.Add(error);
            }
        }
        if (error is not null)
        {
            Interlocked.Increment(ref _errors);
        }
        Interlocked.Increment(ref _count);
    }

    /// <summary>The latencies so far (a copy).</summary>
    public (List<double> Latencies, long Errors) Snapshot()
    {
        lock (_lock)
        {
            return ([.. _latencies], Errors);
        }
    }

    /// <summary>The latencies so far of the requests sent outside [<paramref name="from"/>, <paramref name="to"/>] (Stopwatch ticks).</summary>
    public List<double> LatenciesOutside(long from, long to)
    {
        lock (_lock)
        {
            return [.. _latencies.Where((_, i) => _sent[i] < from || _sent[i] > to)];
        }
    }
}

/// <summary>Samples the server's resident memory once 10,000 and once 100,000 requests are answered.</summary>
internal sealed class MemorySampler(Server server, Recorder recorder)
{
    private int _taken;

    public (double Resident, double Anonymous)? At10k { get; private set; }

    public (double Resident, double Anonymous)? At100k { get; private set; }

    /// <summary>The last sample taken every 10,000 requests: how many requests, and the memory then.</summary>
    public (long Requests, double Resident, double Anonymous)? Last { get; private set; }

    private long _reported;

    public void Check()
    {
        var count = recorder.Count;
        if (count / 10_000 > Interlocked.Read(ref _reported) && Interlocked.Exchange(ref _reported, count / 10_000) < count / 10_000)
        {
            var (resident, anonymous) = server.MemoryMB();
            Last = (count, resident, anonymous);
            Console.Error.WriteLine($"{count:N0} requests, {recorder.Errors} errors; server memory {anonymous:0} MB anonymous, {resident:0} MB resident");
        }
        if (count >= 10_000 && Interlocked.CompareExchange(ref _taken, 1, 0) == 0)
        {
            At10k = server.MemoryMB();
        }
        else if (count >= 100_000 && Interlocked.CompareExchange(ref _taken, 2, 1) == 1)
        {
            At100k = server.MemoryMB();
        }
    }
}
