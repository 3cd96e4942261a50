using DongDa.Search.Cli.Commands;
using DongDa.Search.Indexer;

namespace DongDa.Search.Cli.Tests;

public class ProgressLineTests
{
    [Fact]
    public void Report_HalfwayAfterTenSeconds_ShowsRatesPercentAndEta()
    {
        var terminal = new StringWriter();

        new ProgressLine(terminal).Report(new IndexProgress(5000, 50L * 1048576, 100L * 1048576, TimeSpan.FromSeconds(10)));

        Assert.Equal("\r5,000 articles  500/s  5.0 MB/s  50%  ETA 0:00:10", terminal.ToString());
    }

    [Fact]
    public void Clear_AfterAReport_OverwritesTheLineWithSpacesAndReturnsToItsStart()
    {
        var terminal = new StringWriter();
        var line = new ProgressLine(terminal);
        line.Report(new IndexProgress(1, 1, 0, TimeSpan.FromSeconds(1)));
        var reported = terminal.ToString().Length - 1;

        line.Clear();

        Assert.EndsWith("\r" + new string(' ', reported) + "\r", terminal.ToString());
    }
}
