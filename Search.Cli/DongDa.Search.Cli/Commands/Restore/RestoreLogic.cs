using System.Globalization;

namespace DongDa.Search.Cli.Commands;

/// <summary>Restores one text, or every line of standard input, and prints the readings.</summary>
internal static class RestoreLogic
{
    /// <summary>The <c>--json</c> line of one text.</summary>
    internal sealed record JsonRestoration(string Input, string Reading, IReadOnlyList<AlternativeReading> Alternatives);

    public static int Run(string text, string index, bool json, TextReader input, TextWriter output)
    {
        using var searcher = IndexLocation.Open(index);
        if (text == "-")
        {
            while (input.ReadLine() is { } line)
            {
                Write(searcher.Restore(line), json, output);
            }
            return ExitCodes.Ok;
        }
        Write(searcher.Restore(text), json, output);
        return ExitCodes.Ok;
    }

    private static void Write(Restoration restoration, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonOutput.Line(new JsonRestoration(restoration.Input, restoration.Reading, restoration.Alternatives)));
            return;
        }
        output.WriteLine(restoration.Reading);
        foreach (var alternative in restoration.Alternatives)
        {
            output.WriteLine($"  or: {alternative.Reading} ({alternative.Score.ToString("0.0000", CultureInfo.InvariantCulture)})");
        }
    }
}
