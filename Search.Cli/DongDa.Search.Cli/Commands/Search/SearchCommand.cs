using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search search</c>: one query, or a batch of topics as TREC run lines.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("QUERY")
        {
            Description = "The query: words with or without accents, \"exact phrases\", -excluded, a OR b, title:/category:/author: values, "
                + "date:2019-01-01..2019-12-31.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var index = IndexLocation.CreateOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object (total, hits, facets, warnings); same as --format json." };
        var format = new Option<string>("--format")
        {
            Description = "text, json, trec (run lines: qid Q0 docid rank score tag) or csv (every hit up to --limit: id, title, date, category, "
                + "author, url, snippet; UTF-8 with BOM for spreadsheets).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "trec", "csv");
        var limit = new Option<int?>("--limit") { Description = $"With --format csv: write the first N hits (default {SearchResultsCsv.DefaultLimit}, at most {SearchResultsCsv.MaxLimit})." };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int?>("--size") { Description = $"Hits per page: 1..{SearchLogic.MaxInteractivePageSize} (10 by default); with --topics up to {SearchRequest.MaxPageSize} (100 by default)." };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this date (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this date (YYYY-MM-DD)." };
        var sort = new Option<string>("--sort") { Description = "relevance or date (newest first).", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var category = new Option<string?>("--category") { Description = "Only this category (case and accents ignored)." };
        var place = new Option<string?>("--place") { Description = "Only articles naming this place or its former or later names (2025 reforms), those with the name as written first: \"Láng Hạ\", \"phường Láng\", \"quan Dong Da\"." };
        var author = new Option<string?>("--author") { Description = "Only this author (case and accents ignored)." };
        var topics = new Option<string?>("--topics") { Description = "Run every topic of FILE (one 'qid<TAB>query' a line) and print one ranked list per topic." };
        var tag = new Option<string>("--tag") { Description = "Run name in TREC output.", DefaultValueFactory = _ => "dongda" };
        var source = new Option<string[]>("--source")
        {
            Description = "Index these files or folders into --index first (only what is new or changed; the summary goes to standard error), then search.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(
            "search",
            "Search the index. Accented words match exactly, bare words match with or without accents, abbreviations "
            + "(UBND, HĐND, TP.HCM) find their long forms. A word of two to four syllables (\"dan van\", \"an toan giao thong\") "
            + "finds the articles that write it (or its abbreviation: ATGT), a word of two or three in the reading meant first; "
            + "when fewer than 10 do, those holding its syllables apart are found too. A loanword typed apart or together also "
            + "finds its other spelling where the archive writes that one about as often (\"ti vi\" finds tivi, \"email\" e-mail). "
            + "A minus or OR takes the whole word beside it, as the archive writes it: \"tự do -thương mại\" leaves out thương mại, "
            + "\"tự do OR độc lập\" finds either word.\n\nExamples:\n  dongda-search search \"dân vận\" --index idx\n"
            + "  dongda-search search 'ubnd \"dong da\" -bong' --index idx --from 2019-01-01 --to 2019-12-31 --json\n"
            + "  dongda-search search --topics topics.tsv --index idx --format trec --size 100 > run.txt\n"
            + "  dongda-search search \"dan van\" --index .index --source corpus\n"
            + "  dongda-search search \"phường Láng\" --index idx --format csv --limit 500 > ket-qua.csv")
        {
            query, index, json, format, page, size, from, to, sort, category, author, topics, tag, source, limit, place,
        };
        command.SetAction(parse => IndexSourcesFirst(parse.GetValue(source), parse.GetValue(index)!, parse.InvocationConfiguration.Error) is var indexed
            && indexed == ExitCodes.UsageError ? indexed : Math.Max(indexed, SearchLogic.Run(
            new SearchLogic.Arguments(
                parse.GetValue(query),
                parse.GetValue(index)!,
                parse.GetValue(json) ? "json" : parse.GetValue(format)!,
                parse.GetValue(page),
                parse.GetValue(size),
                IndexLocation.ParseDate(parse.GetValue(from), "--from"),
                IndexLocation.ParseDate(parse.GetValue(to), "--to"),
                parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
                parse.GetValue(category),
                parse.GetValue(author),
                parse.GetValue(topics),
                parse.GetValue(tag)!,
                parse.GetValue(limit),
                parse.GetValue(place)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error)));
        return command;
    }

    /// <summary>Brings the index up to date with <paramref name="sources"/>; the exit code of that indexing pass.</summary>
    private static int IndexSourcesFirst(string[]? sources, string index, TextWriter error)
        => sources is not { Length: > 0 }
            ? ExitCodes.Ok
            : IndexLogic.Run(new IndexLogic.Request(sources, index, Prune: false, Encoding: null, Json: false), error, error, interactive: false);
}
