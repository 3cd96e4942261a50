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

/// <summary>
/// Samples the server's memory around 10,000 and 100,000 answered requests and keeps the median of each window: nine
/// samples, one every 125 requests over the 1,000 requests up to the mark. A single sample falls anywhere in the
/// garbage collector's cycle (the dev-corpus server's anonymous memory swings between about 110 and 140 MB under this
/// load); medians of like windows compare the memory held, not the moment.
/// </summary>
internal sealed class MemorySampler(Server server, Recorder recorder)
{
    private const long FirstMark = 10_000;
    private const long SecondMark = 100_000;
    private const long Window = 1_000;
    private const long Step = 125;

    private readonly Lock _lock = new();
    private readonly List<(double Resident, double Anonymous)> _first = [];
    private readonly List<(double Resident, double Anonymous)> _second = [];
    private long _nextSample = FirstMark - Window;
    private long _reported;

    /// <summary>Median memory over the 1,000 requests up to the 10,000th; null until that window is complete.</summary>
    public (double Resident, double Anonymous)? At10k => MedianOf(_first);

    /// <summary>Median memory over the 1,000 requests up to the 100,000th; null until that window is complete.</summary>
    public (double Resident, double Anonymous)? At100k => MedianOf(_second);

    /// <summary>The last sample taken every 10,000 requests: how many requests, and the memory then.</summary>
    public (long Requests, double Resident, double Anonymous)? Last { get; private set; }

    public void Check()
    {
        var count = recorder.Count;
        if (count / 10_000 > Interlocked.Read(ref _reported) && Interlocked.Exchange(ref _reported, count / 10_000) < count / 10_000)
        {
            var (resident, anonymous) = server.MemoryMB();
            Last = (count, resident, anonymous);
            Console.Error.WriteLine($"{count:N0} requests, {recorder.Errors} errors; server memory {anonymous:0} MB anonymous, {resident:0} MB resident");
        }
        long next;
        while (count >= (next = Interlocked.Read(ref _nextSample)) && next <= SecondMark)
        {
            if (Interlocked.CompareExchange(ref _nextSample, next == FirstMark ? SecondMark - Window : next + Step, next) == next)
            {
                var sample = server.MemoryMB();
                lock (_lock)
                {
                    (next <= FirstMark ? _first : _second).Add(sample);
                }
            }
        }
    }

    private (double Resident, double Anonymous)? MedianOf(List<(double Resident, double Anonymous)> samples)
    {
        lock (_lock)
        {
            if (samples.Count < (Window / Step) + 1)
            {
                return null;
            }
            static double Median(IEnumerable<double> values) => values.Order().ElementAt((int)(Window / Step / 2));
            return (Median(samples.Select(s => s.Resident)), Median(samples.Select(s => s.Anonymous)));
        }
    }
}
