using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search place NAME</c>: what a place name was and became in the 2025 reforms.</summary>
internal static class PlaceCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "A place name, with or without its kind and accents: \"phường Láng\", \"P. Láng Hạ\", \"quan Dong Da\", \"Kim Liên\"." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: query, places (kind, name, fullName, province, district, from, until, predecessors, successors, note), notes." };
        var command = new Command(
            "place",
            "What a place name was and became: the wards merged on 1/1/2025 and on 1/7/2025 (when districts ended), from the "
            + "tables of every province, district and ward. Hà Nội comes first when a name is used elsewhere too. In a search, "
            + "a place named with its kind (phường Láng, P. Láng Hạ, quận Đống Đa) also finds its former and later names, "
            + "ranked below the name typed.\n\nExamples:\n  dongda-search place \"phường Láng\"\n  dongda-search place \"quan Dong Da\" --json")
        {
            name, json,
        };
        command.SetAction(parse => PlaceLogic.Run(parse.GetValue(name)!, parse.GetValue(json), parse.InvocationConfiguration.Output));
        return command;
    }
}
