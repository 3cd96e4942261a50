using System.CommandLine;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search index PATH... --index DIR</c>: builds or updates an index from article files.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders of articles: portal plain text, JSON Lines (.jsonl, .jsonl.gz), saved HTML pages.",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = new Option<string>("--index")
        {
            Description = "The index folder (created when missing).",
            HelpName = "DIR",
            Required = true,
        };
        var prune = new Option<bool>("--prune") { Description = "Delete articles whose files are no longer in the inputs." };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "Read every input in this encoding (e.g. windows-1258, utf-16) instead of detecting it.",
            HelpName = "NAME",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print only the summary as one JSON object (added, updated, unchanged, deleted, failed, errors, encodings, articles, segments).",
        };
        var merge = new Option<bool>("--merge")
        {
            Description = "Merge the index into one segment after the run: faster, steadier searches for an archive that changes rarely (rewrites the index).",
        };
        var commitEvery = new Option<int>("--commit-every")
        {
            Description = "Commit after this many changed articles; a killed run loses at most the work since the last commit.",
            HelpName = "N",
            DefaultValueFactory = _ => new ArticleIndexOptions().CommitEveryArticles,
        };
        commitEvery.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--commit-every must be at least 1");
            }
        });
        var command = new Command(
            "index",
            "Index article files so they can be searched; a second run picks up only what changed.\n"
            + "Exit code 0 when every input was indexed, 2 when any input failed (the rest is indexed and committed).\n\n"
            + "Examples:\n  dongda-search index corpus/articles --index ./index\n"
            + "  dongda-search index news.jsonl.gz archive/ --index ./index --prune --json\n"
            + "  dongda-search index news.jsonl.gz --index ./index --merge")
        {
            paths,
            index,
            prune,
            encoding,
            json,
            merge,
            commitEvery,
        };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var output = parse.InvocationConfiguration.Output;
            // A progress line only for a person at a terminal; redirected or JSON output stays parseable.
            var interactive = !asJson && !Console.IsOutputRedirected && !Console.IsErrorRedirected && ReferenceEquals(output, Console.Out);
            return IndexLogic.Run(
                new IndexLogic.Request(parse.GetValue(paths) ?? [], parse.GetValue(index)!, parse.GetValue(prune), parse.GetValue(encoding), asJson, parse.GetValue(commitEvery), parse.GetValue(merge)),
                output,
                parse.InvocationConfiguration.Error,
                interactive);
        });
        return command;
    }
}
