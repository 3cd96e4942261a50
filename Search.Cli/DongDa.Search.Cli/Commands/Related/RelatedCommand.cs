using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search related ID</c>: the articles most like one article, each story once.</summary>
internal static class RelatedCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The article id (as printed by search)." };
        var index = IndexLocation.CreateOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object: id, hits (as in search --json), duplicates (each hit with 'of', the id whose story it repeats)." };
        var size = new Option<int>("--size") { Description = $"Related articles to show, 1..{RelatedArticles.MaxSize}.", DefaultValueFactory = _ => RelatedArticles.DefaultSize };
        var command = new Command(
            "related",
            "Related articles (\"Tin liên quan\"): the reports most like the given one by their distinctive words and word pairs. "
            + "Copies of the same story (republished, retitled) are listed apart as duplicates instead of filling the list.\n\n"
            + "Examples:\n  dongda-search related vntc-test-DS-VNE-1004 --index idx\n  dongda-search related vntc-test-DS-VNE-1004 --index idx --size 10 --json")
        {
            id, index, json, size,
        };
        command.SetAction(parse => RelatedLogic.Run(parse.GetValue(id)!, parse.GetValue(index)!, parse.GetValue(size), parse.GetValue(json), parse.InvocationConfiguration.Output));
        return command;
    }
}
