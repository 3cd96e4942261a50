using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search suggest PREFIX</c>: completions of what is being typed, from the archive's own words.</summary>
internal static class SuggestCommand
{
    public static Command Create()
    {
        var prefix = new Argument<string>("PREFIX") { Description = "What has been typed so far, with or without accents (quote it)." };
        var index = IndexLocation.CreateOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object: input, completions (text, count)." };
        var size = new Option<int>("--size") { Description = "Completions wanted, 1..10.", DefaultValueFactory = _ => SuggestLogic.MaxSize };
        var command = new Command(
            "suggest",
            "Complete a query as it is typed, from the syllables and syllable pairs the archive writes, accents restored and "
            + "the most frequent first. A prefix ending in a space completes the next word.\n\nExamples:\n"
            + "  dongda-search suggest \"cong tac d\" --index idx\n  dongda-search suggest \"ha n\" --index idx --json")
        {
            prefix, index, json, size,
        };
        command.SetAction(parse => SuggestLogic.Run(parse.GetValue(prefix)!, parse.GetValue(index)!, parse.GetValue(json), parse.GetValue(size), parse.InvocationConfiguration.Output));
        return command;
    }
}
