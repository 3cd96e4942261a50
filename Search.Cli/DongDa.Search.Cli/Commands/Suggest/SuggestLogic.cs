namespace DongDa.Search.Cli.Commands;

/// <summary>Prints the completions of a prefix.</summary>
internal static class SuggestLogic
{
    /// <summary>The most completions a call gives.</summary>
    public const int MaxSize = 10;

    /// <summary>The <c>--json</c> object.</summary>

    public static int Run(string prefix, string index, bool json, int size, TextWriter output)
    {
        if (size is < 1 or > MaxSize)
        {
            throw new CliUsageException($"--size must be between 1 and {MaxSize}");
        }
        using var searcher = IndexLocation.Open(index);
        var completions = searcher.Suggest(prefix, size);
        if (json)
        {
            output.WriteLine(JsonOutput.Line(new CompletionsDocument(prefix, completions)));
            return ExitCodes.Ok;
        }
        foreach (var completion in completions)
        {
            output.WriteLine(completion.Text);
        }
        return ExitCodes.Ok;
    }
}
