using System.Globalization;
using DongDa.Search.Encodings;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Cli.Commands;

/// <summary>Runs an indexing pass and prints its summary.</summary>
internal static class IndexLogic
{
    /// <summary>What the user asked for.</summary>
    internal sealed record Request(IReadOnlyList<string> Paths, string Index, bool Prune, string? Encoding, bool Json, int CommitEvery = 5000, bool Merge = false);

    /// <summary>One failed or odd input in the JSON summary.</summary>
    internal sealed record Issue(string Path, int? Line, string Reason);

    /// <summary>The JSON summary, printed as the last line with <c>--json</c>.</summary>
    internal sealed record Summary(
        int Added, int Updated, int Unchanged, int Deleted, int Failed,
        IReadOnlyList<Issue> Errors, IReadOnlyList<Issue> Warnings, IReadOnlyDictionary<string, int> Encodings,
        int Articles, int Segments, double Seconds, string Index);

    public static int Run(Request request, TextWriter output, TextWriter error, bool interactive)
    {
        if (request.Paths.Count == 0)
        {
            throw new CliUsageException("give at least one file or folder to index");
        }
        if (request.Encoding is { } name)
        {
            try
            {
                TextDecoding.ResolveEncoding(name);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException("--encoding: " + e.Message.Split(" (Parameter", 2)[0]);
            }
        }

        IndexRunReport report;
        var options = new ArticleIndexOptions
        {
            Prune = request.Prune,
            ForcedEncoding = request.Encoding,
            CommitEveryArticles = request.CommitEvery,
            MergeToOneSegment = request.Merge,
        };
        try
        {
            using var indexer = ArticleIndexer.Open(request.Index, options);
            var progress = interactive ? new ProgressLine(error) : null;
            report = indexer.Index(request.Paths, progress);
            progress?.Clear();
        }
        catch (IncompatibleIndexException e)
        {
            throw new CliFailureException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailureException($"cannot write the index in {request.Index}: {e.Message}", e);
        }
        catch (Exception e) when (e is not (CliUsageException or CliFailureException or OutOfMemoryException))
        {
            // The writer failed mid-run; the index stays as of its last commit and a rerun completes it.
            throw new CliFailureException($"indexing stopped ({e.GetType().Name}: {e.Message}); the index keeps its last commit, run again to complete it", e);
        }

        if (request.Json)
        {
            output.WriteLine(JsonOutput.Line(new Summary(
                report.Added, report.Updated, report.Unchanged, report.Deleted, report.Failed,
                report.Errors.Select(ToIssue).ToList(), report.Warnings.Select(ToIssue).ToList(), report.Encodings,
                report.ArticlesInIndex, report.Segments, Math.Round(report.Elapsed.TotalSeconds, 2), request.Index)));
        }
        else
        {
            foreach (var warning in report.Warnings)
            {
                error.WriteLine(warning with { Reason = "warning: " + warning.Reason });
            }
            foreach (var issue in report.Errors)
            {
                error.WriteLine(issue);
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"added {report.Added}, updated {report.Updated}, unchanged {report.Unchanged}, deleted {report.Deleted}, "
                + $"failed {report.Failed} (in {report.Elapsed.TotalSeconds:0.0} s)"));
        }
        return report.Failed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static Issue ToIssue(IndexIssue issue) => new(issue.Path, issue.Line, issue.Reason);
}
