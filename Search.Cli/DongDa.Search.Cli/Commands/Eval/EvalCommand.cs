using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search eval</c>: MRR@10, nDCG@10, Recall@10 and Recall@100 of the index (or of a run file) on judged topics.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var topics = new Option<string?>("--topics") { Description = "Topics, one 'qid<TAB>query' a line (searched in --index)." };
        var qrels = new Option<string>("--qrels") { Description = "Judgments, one 'qid 0 docid relevance' a line.", Required = true };
        var index = new Option<string?>("--index", "-i") { Description = "The index to search the topics in." };
        var run = new Option<string?>("--run") { Description = "Evaluate this TREC run file instead of searching." };
        var byVariant = new Option<bool>("--by-variant")
        {
            Description = "Also print the figures per query variant: the part of the query id after its last '-' (ki0001-nfd → nfd).",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command(
            "eval",
            "Evaluate ranking with trec_eval's definitions (queries of the qrels the run misses score 0).\n\nExamples:\n"
            + "  dongda-search eval --topics topics.tsv --qrels qrels.txt --index idx --by-variant\n"
            + "  dongda-search eval --run run.txt --qrels qrels.txt")
        {
            topics, qrels, index, run, byVariant, json,
        };
        command.SetAction(parse => EvalLogic.Run(
            parse.GetValue(topics), parse.GetValue(qrels)!, parse.GetValue(index), parse.GetValue(run),
            parse.GetValue(byVariant), parse.GetValue(json), parse.InvocationConfiguration.Output));
        return command;
    }
}
