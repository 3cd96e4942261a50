using System.Globalization;

namespace DongDa.Search.Cli.Commands;

/// <summary>Reads the statistics of an index and prints them.</summary>
internal static class StatsLogic
{
    public static int Run(string index, bool json, TextWriter output)
    {
        using var searcher = IndexLocation.Open(index);
        var stats = searcher.GetStatistics();
        if (json)
        {
            output.WriteLine(JsonOutput.Line(stats));
            return ExitCodes.Ok;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"articles:    {stats.ArticleCount.ToString("N0", inv)}");
        output.WriteLine($"dates:       {stats.FirstDate?.ToString("yyyy-MM-dd", inv) ?? "-"} … {stats.LastDate?.ToString("yyyy-MM-dd", inv) ?? "-"}");
        output.WriteLine($"size:        {(stats.SizeBytes / 1024.0 / 1024.0).ToString("0.0", inv)} MB");
        foreach (var (key, value) in stats.CommitData.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{key + ":",-12} {value}");
        }
        if (stats.Years.Count > 0)
        {
            output.WriteLine("by year:     " + string.Join(" · ", stats.Years.Select(f => $"{f.Value} ({f.Count.ToString("N0", inv)})")));
        }
        output.WriteLine($"categories:  {stats.Categories.Count}");
        foreach (var category in stats.Categories)
        {
            output.WriteLine($"  {category.Count.ToString("N0", inv),8}  {category.Value}");
        }
        return ExitCodes.Ok;
    }
}
