using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search analyze TEXT</c>: shows the keys the Vietnamese analyzer makes of a text.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "The text to analyze (quote it)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per token: term, tier, position, start, end." };
        var query = new Option<bool>("--query")
        {
            Description = "Key the text as a query (one key per word: exact when typed with accents, else folded) instead of as indexed text.",
        };
        var pairs = new Option<bool>("--pairs")
        {
            Description = "Show the syllable pair keys of the index's pairs field (dân vận → dan van) instead of the word keys.",
        };
        var names = new Option<bool>("--names")
        {
            Description = "Show the keys of the index's names field: the pairs whose two words are written with a capital first letter "
                + "(quận Thanh Xuân → thanh xuan; tuổi thanh xuân gives none), what a short query typed as a name ranks by.",
        };
        var command = new Command(
            "analyze",
            "Show how a text is keyed: every token with its tier (exact, folded, date, number, part, pair), position and "
            + "UTF-16 offsets into the text as given.\n\nExamples:\n  dongda-search analyze \"Quận uỷ Đống Đa\"\n"
            + "  dongda-search analyze \"Ngày 13/12/2019, UBND\" --json\n"
            + "  dongda-search analyze \"Dân vận khéo, quận giàu\" --pairs\n"
            + "  dongda-search analyze \"Người dân quận Thanh Xuân\" --names")
        {
            text,
            json,
            query,
            pairs,
            names,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(query) && result.GetValue(pairs))
            {
                result.AddError("--query and --pairs cannot be combined: queries have no pair keys (the searcher pairs their words itself)");
            }
            if (result.GetValue(names) && (result.GetValue(query) || result.GetValue(pairs)))
            {
                result.AddError("--names shows one keying of its own: use it without --query or --pairs");
            }
        });
        command.SetAction(parse => AnalyzeLogic.Run(
            parse.GetValue(text) ?? "",
            parse.GetValue(json),
            parse.GetValue(query),
            parse.GetValue(pairs),
            parse.GetValue(names),
            parse.InvocationConfiguration.Output));
        return command;
    }
}
