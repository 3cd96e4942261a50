namespace DongDa.Search.Cli;

/// <summary>Process exit codes, a contract for scripts.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong (unknown option, bad value, missing argument).</summary>
    public const int UsageError = 1;

    /// <summary>The command ran but something failed (an input, the index).</summary>
    public const int Failure = 2;
}
