using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DongDa.Search.WebLoad;

/// <summary>A search service as its own process (ours: the DongDa.Search.Web.dll built beside this program; or the plain baseline), its log in a file.</summary>
internal sealed class Server : IDisposable
{
    private readonly Process _process;
    private readonly Task _log;
    private readonly string _logFile;

    private Server(Process process, Task log, string logFile, string url, double startSeconds)
    {
        _process = process;
        _log = log;
        _logFile = logFile;
        Url = url;
        StartSeconds = startSeconds;
    }

    public string Url { get; }

    /// <summary>From process start to the first successful /health/ready.</summary>
    public double StartSeconds { get; }

    public int Pid => _process.Id;

    /// <summary>Exit code after <see cref="Dispose"/> (SIGTERM), null when it had to be killed.</summary>
    public static int? LastExitCode { get; private set; }

    /// <summary>Starts our search service on <paramref name="index"/>.</summary>
    public static Server Start(string index, string logFile) =>
        Start(url => [Path.Combine(AppContext.BaseDirectory, "DongDa.Search.Web.dll"), "--index", index, "--urls", url], logFile);

    /// <summary>Starts the plain Lucene.Net baseline (<see cref="PlainService"/>, this program's <c>plain-serve</c>) on <paramref name="index"/>.</summary>
    public static Server StartPlain(string index, string logFile) =>
        Start(url => [Path.Combine(AppContext.BaseDirectory, "DongDa.Search.WebLoad.dll"), "plain-serve", "--index", index, "--urls", url], logFile);

    private static Server Start(Func<string, string[]> arguments, string logFile)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in arguments(url))
        {
            info.ArgumentList.Add(arg);
        }
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("the server did not start");
        // Both streams drained into files all the time: a full pipe would block the server's logging, and then the server.
        var log = Task.WhenAll(Drain(process.StandardOutput.BaseStream, logFile), Drain(process.StandardError.BaseStream, logFile + ".err"));
        try
        {
            return WaitUntilReady(process, log, url, started, logFile);
        }
        catch
        {
            process.Kill();
            throw;
        }
    }

    private static Server WaitUntilReady(Process process, Task log, string url, long started, string logFile)
    {
        using var probe = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        while (Stopwatch.GetElapsedTime(started).TotalSeconds < 60 && !process.HasExited)
        {
            try
            {
                if (probe.GetAsync("/health/ready").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return new Server(process, log, logFile, url, Stopwatch.GetElapsedTime(started).TotalSeconds);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            Thread.Sleep(20);
        }
        throw new InvalidOperationException($"the server did not become ready (see {logFile})");
    }

    /// <summary>How far the request log has been written, in bytes: a mark for <see cref="SearchTimes"/>.</summary>
    public long LogMark() => new FileInfo(_logFile).Length;

    /// <summary>
    /// The milliseconds the server logged for each <c>/api/search</c> request between two <see cref="LogMark"/>s: its
    /// own time from the request log's middleware on (the last field of a line), without the time a request spent
    /// reaching it (sockets, Kestrel, the thread pool) or travelling back.
    /// </summary>
    public List<double> SearchTimes(long from, long to)
    {
        using var file = new FileStream(_logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Position = from;
        var bytes = new byte[Math.Max(0, to - from)];
        file.ReadExactly(bytes);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        // Only whole lines: a mark may fall inside one the server was still writing.
        var (first, last) = (text.IndexOf('\n', StringComparison.Ordinal) + 1, text.LastIndexOf('\n'));
        var lines = first <= last ? text[first..last].Split('\n') : [];
        var times = new List<double>(lines.Length);
        foreach (var line in lines.Where(l => l.Contains("\"GET /api/search?", StringComparison.Ordinal)))
        {
            if (double.TryParse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ms))
            {
                times.Add(ms);
            }
        }
        return times;
    }

    /// <summary>CPU seconds the server has used.</summary>
    public double CpuSeconds()
    {
        _process.Refresh();
        return _process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>
    /// The server's memory in MB from /proc: all resident pages, and the anonymous ones alone (heaps and stacks, without
    /// the memory-mapped index files, whose resident share follows the page cache rather than the server).
    /// </summary>
    public (double Resident, double Anonymous) MemoryMB()
    {
        double Field(string name) => File.ReadLines($"/proc/{_process.Id}/status")
            .Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(name.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault(double.NaN);
        return (Field("VmRSS"), Field("RssAnon"));
    }

    /// <summary>Stops the server as an operator would (SIGTERM) and records how it exited.</summary>
    public void Dispose()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        if (_process.WaitForExit(TimeSpan.FromSeconds(15)))
        {
            LastExitCode = _process.ExitCode;
        }
        else
        {
            _process.Kill();
            LastExitCode = null;
        }
        _log.Wait(TimeSpan.FromSeconds(5));
        _process.Dispose();
    }

    private static async Task Drain(Stream from, string file)
    {
        // Others may read it meanwhile (SearchTimes).
        await using var to = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.Read);
        await from.CopyToAsync(to);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
