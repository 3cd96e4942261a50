using System.Globalization;

namespace DongDa.Search.Cli.Commands;

/// <summary>Finds and prints the articles related to one article.</summary>
internal static class RelatedLogic
{
    public static int Run(string id, string index, int size, bool json, TextWriter output)
    {
        if (size < 1 || size > RelatedArticles.MaxSize)
        {
            throw new CliUsageException($"--size must be between 1 and {RelatedArticles.MaxSize}");
        }
        using var searcher = IndexLocation.Open(index);
        var related = searcher.Related(id, size) ?? throw new CliFailureException($"no article with id '{id}' in '{index}'");
        if (json)
        {
            output.WriteLine(JsonOutput.Line(SearchJson.ToDocument(related)));
            return ExitCodes.Ok;
        }
        output.WriteLine($"{related.Hits.Count} related to {id}");
        var rank = 0;
        foreach (var hit in related.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{++rank,3}. {Describe(hit)}");
            output.WriteLine($"     {hit.Snippet?.Text}");
        }
        if (related.Duplicates.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("same story (not in the list):");
            foreach (var duplicate in related.Duplicates)
            {
                output.WriteLine($"     {Describe(duplicate.Hit)}  repeats {duplicate.Of}");
            }
        }
        return ExitCodes.Ok;
    }

    private static string Describe(SearchHit hit)
    {
        var meta = new[] { hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hit.Category, "id " + hit.Id }.Where(s => !string.IsNullOrEmpty(s));
        return $"{SearchLogic.HitTitle(hit)}  ({string.Join(" · ", meta)})";
    }
}
