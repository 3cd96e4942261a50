using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search show ID</c>: one stored article in full.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The article id (as printed by search)." };
        var index = IndexLocation.CreateOption();
        var json = new Option<bool>("--json") { Description = "Print the whole stored article as one JSON object." };
        var command = new Command("show", "Print a stored article.\n\nExample:\n  dongda-search show vntc-test-DS-VNE-1004 --index idx --json")
        {
            id, index, json,
        };
        command.SetAction(parse => ShowLogic.Run(parse.GetValue(id)!, parse.GetValue(index)!, parse.GetValue(json), parse.InvocationConfiguration.Output));
        return command;
    }
}
