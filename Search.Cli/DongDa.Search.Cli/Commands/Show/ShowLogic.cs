using System.Globalization;

namespace DongDa.Search.Cli.Commands;

/// <summary>Looks an article up by id and prints it.</summary>
internal static class ShowLogic
{
    public static int Run(string id, string index, bool json, TextWriter output)
    {
        using var searcher = IndexLocation.Open(index);
        var article = searcher.GetById(id) ?? throw new CliFailureException($"no article with id '{id}' in '{index}'");
        if (json)
        {
            output.WriteLine(JsonOutput.Line(article));
            return ExitCodes.Ok;
        }
        output.WriteLine(SearchLogic.TitleLine(article.Title, AddressHeadline.Read(article, t => searcher.Restore(t).Reading)));
        var meta = new[]
        {
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (article.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : ""),
            article.Category, article.Author, article.Source,
        }.Where(s => !string.IsNullOrWhiteSpace(s));
        output.WriteLine(string.Join(" · ", meta));
        if ((article.Url ?? article.Path) is { } location)
        {
            output.WriteLine(location);
        }
        output.WriteLine();
        if (!string.IsNullOrEmpty(article.Summary))
        {
            output.WriteLine(article.Summary);
            output.WriteLine();
        }
        output.WriteLine(article.Body);
        return ExitCodes.Ok;
    }
}
