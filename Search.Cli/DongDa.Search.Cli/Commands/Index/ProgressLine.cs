using System.Globalization;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Cli.Commands;

/// <summary>A single self-overwriting terminal line: articles/s, MB/s, percent done and time left.</summary>
internal sealed class ProgressLine(TextWriter terminal) : IProgress<IndexProgress>
{
    private int lastLength;

    public void Report(IndexProgress value)
    {
        var seconds = Math.Max(value.Elapsed.TotalSeconds, 0.001);
        var fraction = value.TotalBytes > 0 ? Math.Min(1.0, (double)value.BytesRead / value.TotalBytes) : 0;
        var eta = fraction > 0.001 ? TimeSpan.FromSeconds(seconds * (1 - fraction) / fraction) : (TimeSpan?)null;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{value.Articles:N0} articles  {value.Articles / seconds:N0}/s  {value.BytesRead / 1048576.0 / seconds:0.0} MB/s  "
            + $"{fraction:0%}  ETA {(eta is { } t ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "?")}");
        Write(line);
    }

    /// <summary>Erases the line so the summary starts on a clean line.</summary>
    public void Clear() => Write("");

    private void Write(string line)
    {
        terminal.Write("\r" + line.PadRight(lastLength) + (line.Length == 0 ? "\r" : ""));
        terminal.Flush();
        lastLength = line.Length;
    }
}
