using System.Globalization;
using DongDa.Search.Evaluation;

namespace DongDa.Search.Cli.Commands;

/// <summary>Runs a search or a batch of topics and prints the results as text, JSON or TREC run lines.</summary>
internal static class SearchLogic
{
    /// <summary>The largest page an interactive search prints.</summary>
    public const int MaxInteractivePageSize = 100;

    internal sealed record Arguments(
        string? Query, string Index, string Format, int Page, int? Size, DateOnly? From, DateOnly? To, SearchSort Sort,
        string? Category, string? Author, string? TopicsFile, string Tag, int? Limit = null, string? Place = null);

    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var batch = args.TopicsFile is not null;
        if (!batch && string.IsNullOrWhiteSpace(args.Query))
        {
            throw new CliUsageException("give a QUERY or --topics FILE");
        }
        if (batch && args.Query is not null)
        {
            throw new CliUsageException("give either a QUERY or --topics FILE, not both");
        }
        var maxSize = batch ? SearchRequest.MaxPageSize : MaxInteractivePageSize;
        var size = args.Size ?? (batch ? 100 : 10);
        if (size < 1 || size > maxSize)
        {
            throw new CliUsageException($"--size must be between 1 and {maxSize}");
        }
        if (args.Page < 1)
        {
            throw new CliUsageException("--page must be 1 or more");
        }
        if (args.From is { } f && args.To is { } t && f > t)
        {
            throw new CliUsageException("--from is after --to");
        }
        if (args.Format == "csv")
        {
            return WriteCsv(args, output, error);
        }
        if (args.Limit is not null)
        {
            throw new CliUsageException("--limit goes with --format csv (other formats print one page: --page, --size)");
        }

        IReadOnlyList<Topic> topics;
        try
        {
            topics = batch ? TrecFiles.ReadTopics(args.TopicsFile!) : [new Topic("", args.Query!)];
        }
        catch (Exception e) when (e is TrecFormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliFailureException(e.Message, e);
        }

        using var searcher = IndexLocation.Open(args.Index);
        var color = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var topic in topics)
        {
            var request = Filtered(args, topic.Query) with
            {
                Page = args.Page,
                PageSize = size,
                IncludeSnippets = args.Format != "trec",
                IncludeFacets = args.Format != "trec",
                IncludeDetails = args.Format != "trec",
            };
            var results = searcher.Search(request);
            foreach (var warning in results.Warnings)
            {
                error.WriteLine(batch ? $"note: topic {topic.Id}: {warning}" : $"note: {warning}");
            }
            switch (args.Format)
            {
                case "trec":
                    WriteTrec(output, batch ? topic.Id : "1", results, args.Tag);
                    break;
                case "json":
                    output.WriteLine(JsonOutput.Line(SearchJson.ToDocument(results, batch ? topic.Id : null)));
                    break;
                default:
                    WriteText(output, batch ? topic.Id : null, topic.Query, results, color);
                    break;
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>A request for <paramref name="query"/> with the order and filters of the command line.</summary>
    private static SearchRequest Filtered(Arguments args, string query) => new()
    {
        Query = query,
        From = args.From,
        To = args.To,
        Sort = args.Sort,
        Category = args.Category,
        Author = args.Author,
        Place = args.Place,
    };

    /// <summary>Every hit of one query up to --limit as CSV (UTF-8 with BOM, RFC 4180); the row count goes to standard error.</summary>
    private static int WriteCsv(Arguments args, TextWriter output, TextWriter error)
    {
        if (args.TopicsFile is not null)
        {
            throw new CliUsageException("--format csv takes one QUERY, not --topics");
        }
        var limit = args.Limit ?? SearchResultsCsv.DefaultLimit;
        if (limit < 1 || limit > SearchResultsCsv.MaxLimit)
        {
            throw new CliUsageException($"--limit must be between 1 and {SearchResultsCsv.MaxLimit}");
        }
        using var searcher = IndexLocation.Open(args.Index);
        var request = Filtered(args, args.Query!);
        var notes = new List<string>();
        SearchResultsCsv.Write(output, r =>
        {
            var results = searcher.Search(r);
            if (r.Page == 1)
            {
                notes.AddRange(results.Warnings.Select(w => "note: " + w));
                notes.AddRange(results.Notes.Select(n => "note: " + n));
                notes.Add($"{results.Total} results, {Math.Min(results.Total, limit)} written (--limit {limit})");
            }
            return results;
        }, request, limit);
        output.Flush();
        notes.ForEach(error.WriteLine);
        return ExitCodes.Ok;
    }

    private static void WriteTrec(TextWriter output, string qid, SearchResults results, string tag)
    {
        var rank = (results.Page - 1) * results.PageSize;
        foreach (var hit in results.Hits)
        {
            TrecFiles.WriteRunLine(output, new RunEntry(qid, hit.Id, ++rank, hit.Score, tag));
        }
    }

    /// <summary>A hit's headline for text output; for an article without one, the one its address spells, said so.</summary>
    internal static string HitTitle(SearchHit hit) => TitleLine(hit.Title, hit.TitleFromUrl);

    /// <summary>A headline for text output, or the one read from the web address, said so.</summary>
    internal static string TitleLine(string title, string? fromUrl)
        => title.Length > 0 ? title : fromUrl is not null ? fromUrl + " (title read from its web address)" : "(no title)";

    private static void WriteText(TextWriter output, string? qid, string query, SearchResults results, bool color)
    {
        var (open, close) = color ? ("\u001b[1;33m", "\u001b[0m") : ("«", "»");
        var (dim, bold, reset) = color ? ("\u001b[2m", "\u001b[1m", "\u001b[0m") : ("", "", "");
        var pages = (results.Total + results.PageSize - 1) / results.PageSize;
        output.WriteLine($"{(qid is null ? "" : qid + ": ")}{results.Total.ToString("N0", CultureInfo.InvariantCulture)} results for {query}"
            + (results.Interpretation is { } reading ? $", read as {reading}" : "")
            + (results.Total > 0 ? $" (page {results.Page} of {pages})" : ""));
        if (results.Suggestion is { } suggestion)
        {
            output.WriteLine($"did you mean: {suggestion}?");
        }
        foreach (var note in results.Notes)
        {
            output.WriteLine($"{dim}{note}{reset}");
        }
        var rank = (results.Page - 1) * results.PageSize;
        foreach (var hit in results.Hits)
        {
            output.WriteLine();
            var title = HitTitle(hit);
            output.WriteLine($"{++rank,3}. {bold}{title}{reset}");
            var meta = new[] { hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hit.Category, hit.Author }.Where(s => !string.IsNullOrEmpty(s));
            output.WriteLine($"     {dim}{string.Join(" · ", meta)}  id {hit.Id}  score {hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}{reset}");
            if ((hit.Url ?? hit.Path) is { } location)
            {
                output.WriteLine($"     {dim}{location}{reset}");
            }
            if (hit.Snippet is { } snippet)
            {
                output.WriteLine("     " + snippet.Format(open, close));
            }
        }
        if (results.Years.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("by year:     " + string.Join(" · ", results.Years.Select(f => $"{f.Value} ({f.Count})")));
        }
        if (results.Categories.Count > 0)
        {
            output.WriteLine((results.Years.Count > 0 ? "" : "\n") + "by category: " + string.Join(" · ", results.Categories.Select(f => $"{f.Value} ({f.Count})")));
        }
    }
}
