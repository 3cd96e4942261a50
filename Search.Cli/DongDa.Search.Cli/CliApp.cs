using System.CommandLine;

namespace DongDa.Search.Cli;

/// <summary>Builds the <c>dongda-search</c> command tree and runs it with redirectable output.</summary>
internal static class CliApp
{
    /// <summary>The root command with every verb.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand(
            "dongda-search: index and search Vietnamese news. Queries work with or without accents, "
            + "in either tone-mark style (hoà/hòa) and with abbreviations (UBND, HĐND).");
        root.Subcommands.Add(Commands.AnalyzeCommand.Create());
        root.Subcommands.Add(Commands.IndexCommand.Create());
        root.Subcommands.Add(Commands.ConvertCommand.Create());
        root.Subcommands.Add(Commands.SearchCommand.Create());
        root.Subcommands.Add(Commands.ShowCommand.Create());
        root.Subcommands.Add(Commands.StatsCommand.Create());
        root.Subcommands.Add(Commands.EvalCommand.Create());
        root.Subcommands.Add(Commands.ServeCommand.Create());
        root.Subcommands.Add(Commands.RestoreCommand.Create());
        root.Subcommands.Add(Commands.SuggestCommand.Create());
        root.Subcommands.Add(Commands.RelatedCommand.Create());
        root.Subcommands.Add(Commands.PlaceCommand.Create());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code (0 ok, 1 usage error, 2 failure).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return BuildRootCommand().Parse(args).Invoke(configuration);
        }
        catch (CliUsageException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.UsageError;
        }
        catch (CliFailureException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }
    }
}
