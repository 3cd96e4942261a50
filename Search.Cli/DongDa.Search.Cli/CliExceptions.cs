namespace DongDa.Search.Cli;

/// <summary>A mistake in what the user asked for; printed as one line, exit code 1.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

/// <summary>A failure the user can act on (missing index, unreadable file); printed as one line, exit code 2.</summary>
internal sealed class CliFailureException(string message, Exception? inner = null) : Exception(message, inner);
