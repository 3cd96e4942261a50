using System.CommandLine;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Cli.Commands;

/// <summary>The <c>--index DIR</c> option shared by the reading verbs, and opening the searcher with a one-line error.</summary>
internal static class IndexLocation
{
    public static Option<string> CreateOption() => new("--index", "-i")
    {
        Description = "The index folder (made by `dongda-search index`).",
        Required = true,
    };

    /// <summary>Opens the index at <paramref name="path"/>, or fails with a message saying how to make one.</summary>
    public static ArticleSearcher Open(string path)
    {
        if (!ArticleSearcher.IndexExists(path))
        {
            throw new CliFailureException($"no index in '{path}': run `dongda-search index` first");
        }
        try
        {
            return ArticleSearcher.Open(path);
        }
        catch (Exception e) when (e is IncompatibleIndexException)
        {
            throw new CliFailureException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            throw new CliFailureException($"cannot open the index in '{path}': {e.Message}", e);
        }
    }

    /// <summary>Reads an ISO 8601 date option value, or fails as a usage error naming the option.</summary>
    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new CliUsageException($"{option} '{text}' is not a date (write YYYY-MM-DD)");
    }
}
