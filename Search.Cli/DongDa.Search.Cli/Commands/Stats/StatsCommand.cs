using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search stats</c>: what an index holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = IndexLocation.CreateOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("stats", "Print the article count, date range, categories, size and schema/analyzer versions of an index.\n\n"
            + "Example:\n  dongda-search stats --index idx")
        {
            index, json,
        };
        command.SetAction(parse => StatsLogic.Run(parse.GetValue(index)!, parse.GetValue(json), parse.InvocationConfiguration.Output));
        return command;
    }
}
