using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search restore TEXT</c>: the accented reading of a text typed without accents or as Telex/VNI keys.</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "The text to read (quote it), or - to read one text per line from standard input." };
        var index = IndexLocation.CreateOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object per text: input, reading, alternatives (reading, score)." };
        var command = new Command(
            "restore",
            "Read a text typed without accents (or half without), or typed in Telex/VNI with the input method off, as the "
            + "accented Vietnamese it most likely is, using the archive's own syllable model. Prints the reading and up to "
            + "three alternatives, each with its likelihood beside the reading (1 = as likely). Syllables typed with accents "
            + "are kept; English is left as it is. A Hà Nội place's whole name (\"o cho dua\") reads as the place, the "
            + "archive's reading first among the alternatives.\n\nExamples:\n  dongda-search restore \"cong tac dan van\" --index idx\n"
            + "  dongda-search restore \"daan vaanj\" --index idx --json\n  dongda-search restore - --index idx --json < queries.txt")
        {
            text, index, json,
        };
        command.SetAction(parse => RestoreLogic.Run(parse.GetValue(text)!, parse.GetValue(index)!, parse.GetValue(json), Console.In, parse.InvocationConfiguration.Output));
        return command;
    }
}
